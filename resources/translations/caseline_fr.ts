<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AltTextFile</name>
    <message>
        <source>%1 is the exported file itself (a link to it); its text is written beside it, never over it</source>
        <translation>%1 est le fichier exporté lui-même (un lien vers celui-ci)&#xa0;; son texte est écrit à côté de lui, jamais par-dessus</translation>
    </message>
</context>
<context>
    <name>BundledData</name>
    <message>
        <source>cannot read bundled %1: %2</source>
        <translation>impossible de lire les données intégrées %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>bundled data is invalid: </source>
        <translation>les données intégrées ne sont pas valides&#xa0;: </translation>
    </message>
</context>
<context>
    <name>BundledMerge</name>
    <message>
        <source>The bundled data could not be updated: %1</source>
        <translation>Les données intégrées n&apos;ont pas pu être mises à jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>The bundled data version could not be recorded: %1</source>
        <translation>La version des données intégrées n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) updated to the new bundled data</source>
        <translation>
            <numerusform>%n décision mise à jour d&apos;après les nouvelles données intégrées</numerusform>
            <numerusform>%n décisions mises à jour d&apos;après les nouvelles données intégrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new decision(s) added</source>
        <translation>
            <numerusform>%n nouvelle décision ajoutée</numerusform>
            <numerusform>%n nouvelles décisions ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) you changed were also changed in the bundled data; your versions were kept:</source>
        <translation>
            <numerusform>%n décision que vous aviez modifiée a aussi changé dans les données intégrées&#xa0;; votre version a été conservée&#xa0;:</numerusform>
            <numerusform>%n décisions que vous aviez modifiées ont aussi changé dans les données intégrées&#xa0;; vos versions ont été conservées&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: you deleted it; the bundled data changed it; it stays deleted</source>
        <translation>%1&#xa0;: vous l&apos;avez supprimée&#xa0;; les données intégrées l&apos;ont modifiée&#xa0;; elle reste supprimée</translation>
    </message>
    <message>
        <source>%1: differs in %2</source>
        <translation>%1&#xa0;: diffère sur %2</translation>
    </message>
    <message>
        <source>%1: no longer in the bundled data; kept</source>
        <translation>%1&#xa0;: ne figure plus dans les données intégrées&#xa0;; conservée</translation>
    </message>
</context>
<context>
    <name>CaseDatabase</name>
    <message>
        <source>it is on a read-only disk</source>
        <translation>il se trouve sur un disque en lecture seule</translation>
    </message>
    <message>
        <source>the file may not be written</source>
        <translation>le fichier n&apos;est pas accessible en écriture</translation>
    </message>
    <message>
        <source>its folder may not be written</source>
        <translation>son dossier n&apos;est pas accessible en écriture</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Your file was not changed. To recover: export your decisions from a copy with the sqlite3 tool&apos;s .recover command, or start again from the bundled data by moving the file away.</source>
        <translation>%1 est endommagé (%2). Votre fichier n&apos;a pas été modifié. Pour récupérer vos données&#xa0;: exportez vos décisions à partir d&apos;une copie avec la commande .recover de l&apos;outil sqlite3, ou repartez des données intégrées en déplaçant le fichier ailleurs.</translation>
    </message>
    <message>
        <source>%1 is in use: another caseline or another program is writing to it. Try again when it has finished (%2).</source>
        <translation>%1 est en cours d&apos;utilisation&#xa0;: une autre instance de caseline ou un autre programme y écrit. Réessayez quand l&apos;écriture sera terminée (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be written: the file, its folder or its disk is read-only (%2).</source>
        <translation>Impossible d&apos;écrire dans %1&#xa0;: le fichier, son dossier ou son disque est en lecture seule (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be read or written: the disk reported an input/output error (%2). Check the disk; your file was not changed by caseline.</source>
        <translation>Impossible de lire ou d&apos;écrire %1&#xa0;: le disque a signalé une erreur d&apos;entrée/sortie (%2). Vérifiez le disque&#xa0;; caseline n&apos;a pas modifié votre fichier.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the disk is full (%2). Free some space and try again; nothing was saved.</source>
        <translation>Impossible d&apos;écrire dans %1&#xa0;: le disque est plein (%2). Libérez de l&apos;espace et réessayez&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: the file or its folder is missing or may not be read (%2).</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: le fichier ou son dossier est introuvable ou n&apos;est pas accessible en lecture (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>Impossible d&apos;utiliser %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a caseline database</source>
        <translation>%1 est vide&#xa0;: ce n&apos;est pas une base de données caseline</translation>
    </message>
    <message>
        <source>%1 is not a caseline database (not an SQLite file)</source>
        <translation>%1 n&apos;est pas une base de données caseline (ce n&apos;est pas un fichier SQLite)</translation>
    </message>
    <message>
        <source>it is truncated: %1 bytes, shorter than the %2-byte SQLite header</source>
        <translation>il est tronqué&#xa0;: %1 octets, moins que les %2 octets de l&apos;en-tête SQLite</translation>
    </message>
    <message>
        <source>its header is not valid</source>
        <translation>son en-tête n&apos;est pas valide</translation>
    </message>
    <message>
        <source>it is truncated: %1 bytes where its header announces %2</source>
        <translation>il est tronqué&#xa0;: %1 octets alors que son en-tête en annonce %2</translation>
    </message>
    <message>
        <source>%1 may not be written and was not closed cleanly: its last changes are still in %2, which caseline cannot apply without writing beside the file. Your file was not changed. Make the file and its folder writable, then open it again.</source>
        <translation>%1 n&apos;est pas accessible en écriture et n&apos;a pas été fermé correctement&#xa0;: ses dernières modifications se trouvent encore dans %2, que caseline ne peut pas appliquer sans écrire à côté du fichier. Votre fichier n&apos;a pas été modifié. Rendez le fichier et son dossier accessibles en écriture, puis rouvrez-le.</translation>
    </message>
    <message>
        <source>%1 is not a caseline database (it belongs to another application)</source>
        <translation>%1 n&apos;est pas une base de données caseline (elle appartient à une autre application)</translation>
    </message>
    <message>
        <source>impossible schema version %1</source>
        <translation>version de schéma impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 was written by a newer caseline (schema version %2, this version reads up to %3)</source>
        <translation>%1 a été écrit par une version plus récente de caseline (version de schéma %2&#xa0;; cette version lit jusqu&apos;à la %3)</translation>
    </message>
    <message>
        <source>the check returned nothing</source>
        <translation>la vérification n&apos;a rien renvoyé</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot create %1: its folder may not be written</source>
        <translation>impossible de créer %1&#xa0;: son dossier n&apos;est pas accessible en écriture</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>%1 is read-only (%2): you can explore it, but changes cannot be saved</source>
        <translation>%1 est en lecture seule (%2)&#xa0;: vous pouvez l&apos;explorer, mais les modifications ne peuvent pas être enregistrées</translation>
    </message>
    <message>
        <source>cannot read the bundled schema</source>
        <translation>impossible de lire le schéma intégré</translation>
    </message>
    <message>
        <source>creating the schema failed: %1</source>
        <translation>échec de la création du schéma&#xa0;: %1</translation>
    </message>
    <message>
        <source>loading the bundled data failed: %1</source>
        <translation>échec du chargement des données intégrées&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 cannot be opened: no migration from schema version %2 to %3</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: aucune migration de la version de schéma %2 vers la %3</translation>
    </message>
    <message>
        <source>%1: migrating to schema version %2 failed: %3</source>
        <translation>%1&#xa0;: échec de la migration vers la version de schéma %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 may not be written and was not closed cleanly: a write that did not finish must be undone from %2, which caseline cannot do without writing to the file. Your file was not changed. Make the file and its folder writable, then open it again.</source>
        <translation>%1 n&apos;est pas accessible en écriture et n&apos;a pas été fermé correctement&#xa0;: une écriture inachevée doit être annulée à partir de %2, ce que caseline ne peut pas faire sans écrire dans le fichier. Votre fichier n&apos;a pas été modifié. Rendez le fichier et son dossier accessibles en écriture, puis rouvrez-le.</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>another caseline or another program is writing to the database; try again when it has finished (%1)</source>
        <translation>une autre instance de caseline ou un autre programme écrit dans la base de données&#xa0;; réessayez quand l&apos;écriture sera terminée (%1)</translation>
    </message>
    <message>
        <source>writing to the database</source>
        <translation>écriture dans la base de données</translation>
    </message>
    <message>
        <source>reading decisions</source>
        <translation>lecture des décisions</translation>
    </message>
    <message>
        <source>reading database-size claims</source>
        <translation>lecture des tailles revendiquées de la base d&apos;images</translation>
    </message>
    <message>
        <source>counting decisions</source>
        <translation>comptage des décisions</translation>
    </message>
    <message>
        <source>saving country %1</source>
        <translation>enregistrement du pays %1</translation>
    </message>
    <message>
        <source>saving authority of %1</source>
        <translation>enregistrement de l&apos;autorité de %1</translation>
    </message>
    <message>
        <source>replacing %1</source>
        <translation>remplacement de %1</translation>
    </message>
    <message>
        <source>reading the version of %1</source>
        <translation>lecture de la version de %1</translation>
    </message>
    <message>
        <source>saving %1</source>
        <translation>enregistrement de %1</translation>
    </message>
    <message>
        <source>saving texts of %1</source>
        <translation>enregistrement des textes de %1</translation>
    </message>
    <message>
        <source>saving sources of %1</source>
        <translation>enregistrement des sources de %1</translation>
    </message>
    <message>
        <source>saving relations of %1</source>
        <translation>enregistrement des liens de %1</translation>
    </message>
    <message>
        <source>saving status changes of %1</source>
        <translation>enregistrement des changements de statut de %1</translation>
    </message>
    <message>
        <source>saving periodic penalty of %1</source>
        <translation>enregistrement de l&apos;astreinte de %1</translation>
    </message>
    <message>
        <source>saving decisions</source>
        <translation>enregistrement des décisions</translation>
    </message>
    <message>
        <source>changed by another caseline or another program since they were read: %1</source>
        <translation>modifiées par une autre instance de caseline ou un autre programme depuis leur lecture&#xa0;: %1</translation>
    </message>
    <message>
        <source>deleting %1</source>
        <translation>suppression de %1</translation>
    </message>
    <message>
        <source>deleting decisions</source>
        <translation>suppression des décisions</translation>
    </message>
    <message>
        <source>saving database-size claims</source>
        <translation>enregistrement des tailles revendiquées de la base d&apos;images</translation>
    </message>
    <message>
        <source>clearing database-size claims</source>
        <translation>effacement des tailles revendiquées de la base d&apos;images</translation>
    </message>
    <message>
        <source>saving database-size claim %1</source>
        <translation>enregistrement de la taille revendiquée %1</translation>
    </message>
    <message>
        <source>saving sources of claim %1</source>
        <translation>enregistrement des sources de la revendication %1</translation>
    </message>
    <message>
        <source>reading the history of %1</source>
        <translation>lecture de l&apos;historique de %1</translation>
    </message>
    <message>
        <source>recording the history of %1</source>
        <translation>enregistrement de l&apos;historique de %1</translation>
    </message>
</context>
<context>
    <name>ChartBuilder</name>
    <message>
        <source>Amounts in EUR; other currencies are converted at the ECB reference rate of the decision date.</source>
        <translation>Montants en EUR&#xa0;; les autres devises sont converties au taux de référence de la BCE à la date de la décision.</translation>
    </message>
    <message>
        <source>Amounts in EUR; %1 converted at the ECB reference rate of the decision date.</source>
        <translation>Montants en EUR&#xa0;; %1 converti au taux de référence de la BCE à la date de la décision.</translation>
    </message>
    <message>
        <source>Only fines and penalty payments imposed on Clearview AI count; provisional figures, maxima, settlements and fines on others do not.</source>
        <translation>Seules comptent les amendes et astreintes infligées à Clearview AI&#xa0;; les montants provisoires, les maxima, les transactions et les amendes visant d&apos;autres cibles ne comptent pas.</translation>
    </message>
    <message>
        <source>No payment is known: collected stays at 0.</source>
        <translation>Aucun paiement n&apos;est connu&#xa0;: le montant recouvré reste à 0.</translation>
    </message>
    <message>
        <source>No payment is known.</source>
        <translation>Aucun paiement n&apos;est connu.</translation>
    </message>
    <message>
        <source>Standing = imposed minus amounts set aside on appeal until a later ruling restores them.</source>
        <translation>En vigueur = infligé moins les montants annulés en appel, jusqu&apos;à ce qu&apos;une décision ultérieure les rétablisse.</translation>
    </message>
    <message>
        <source>Dates: announced (adopted when unknown).</source>
        <translation>Dates&#xa0;: annonce (adoption si elle est inconnue).</translation>
    </message>
    <message>
        <source>Dates: adopted (announced when unknown).</source>
        <translation>Dates&#xa0;: adoption (annonce si elle est inconnue).</translation>
    </message>
    <message>
        <source>Logarithmic scale.</source>
        <translation>Échelle logarithmique.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Dashed: amounts not imposed (provisional, maxima, settlements, fines on others).</source>
        <translation>En pointillés&#xa0;: montants non infligés (provisoires, maxima, transactions, amendes visant d&apos;autres cibles).</translation>
    </message>
    <message>
        <source>Not drawn (no euro rate or date): %1.</source>
        <translation>Non tracés (sans taux en euros ou sans date)&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Not placed (no date): %1.</source>
        <translation>Non placés (sans date)&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>ChartDescription</name>
    <message>
        <source>%1 (%2)</source>
        <comment>a euro amount and the amount in its own currency</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 by %2 (%3) on %4</source>
        <comment>an amount, the authority, its country and the date</comment>
        <translation>%1 infligés par %2 (%3) le %4</translation>
    </message>
    <message>
        <source>The one amount imposed was %1.</source>
        <translation>Il n&apos;y a qu&apos;un seul montant&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The amounts imposed were %1.</source>
        <translation>Les montants sont les suivants&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The largest amounts imposed were %1.</source>
        <translation>Les montants les plus élevés sont les suivants&#xa0;: %1.</translation>
    </message>
    <message>
        <source>On %1, the %2 %3 of %4 was set aside.</source>
        <translation>Le %1, le montant de %4 (%3 %2) a été annulé.</translation>
    </message>
    <message>
        <source>On %1, the %2 %3 of %4 was reinstated.</source>
        <translation>Le %1, le montant de %4 (%3 %2) a été rétabli.</translation>
    </message>
    <message>
        <source>On %1, the %2 %3 of %4 was recorded as collected.</source>
        <translation>Le %1, le montant de %4 (%3 %2) a été enregistré comme recouvré.</translation>
    </message>
    <message>
        <source>a provisional %1 by %2</source>
        <comment>an amount, an authority</comment>
        <translation>un montant provisoire de %1 (%2)</translation>
    </message>
    <message>
        <source>a maximum of %1 by %2</source>
        <comment>an amount, an authority</comment>
        <translation>un maximum de %1 (%2)</translation>
    </message>
    <message>
        <source>a settlement of %1 by %2</source>
        <comment>an amount, an authority</comment>
        <translation>une transaction de %1 (%2)</translation>
    </message>
    <message>
        <source>%1 imposed by %2 on %3</source>
        <comment>an amount, an authority, whom it was imposed on</comment>
        <translation>%1 infligés par %2 à %3</translation>
    </message>
    <message>
        <source>penalty payments of up to %1 ordered by %2</source>
        <comment>an amount, an authority</comment>
        <translation>des astreintes d&apos;au plus %1 ordonnées par %2</translation>
    </message>
    <message>
        <source>penalty payments of %1 a day ordered by %2</source>
        <comment>an amount, an authority</comment>
        <translation>des astreintes de %1 par jour ordonnées par %2</translation>
    </message>
    <message>
        <source>By %1, %2 had been imposed in all.</source>
        <translation>Au %1, le total infligé s&apos;élevait à %2.</translation>
    </message>
    <message>
        <source>By %1, %2 still stood after appeals.</source>
        <translation>Au %1, le total en vigueur après recours s&apos;élevait à %2.</translation>
    </message>
    <message>
        <source>By %1, %2 had been recorded as collected.</source>
        <translation>Au %1, les sommes enregistrées comme recouvrées s&apos;élevaient à %2.</translation>
    </message>
    <message>
        <source>In all, %1 was imposed.</source>
        <translation>Le total infligé s&apos;élève à %1.</translation>
    </message>
    <message>
        <source>%1 still stands after appeals.</source>
        <translation>Le total en vigueur après recours s&apos;élève à %1.</translation>
    </message>
    <message>
        <source>%1 is recorded as collected.</source>
        <translation>Les sommes enregistrées comme recouvrées s&apos;élèvent à %1.</translation>
    </message>
    <message>
        <source>imposed</source>
        <comment>a change of the running totals</comment>
        <translation>infligée</translation>
    </message>
    <message>
        <source>set aside</source>
        <comment>a change of the running totals</comment>
        <translation>annulée</translation>
    </message>
    <message>
        <source>reinstated</source>
        <comment>a change of the running totals</comment>
        <translation>rétablie</translation>
    </message>
    <message>
        <source>collected</source>
        <comment>a change of the running totals</comment>
        <translation>recouvrée</translation>
    </message>
    <message>
        <source>No money imposed on Clearview AI is counted in what is shown.</source>
        <translation>Aucun montant infligé à Clearview AI n&apos;est compté dans ce qui est affiché.</translation>
    </message>
    <message>
        <source>The chart shows the money imposed on Clearview AI, in euros, on %1.</source>
        <translation>Le graphique montre les montants infligés à Clearview AI, en euros, le %1.</translation>
    </message>
    <message>
        <source>The chart shows the running totals of the money imposed on Clearview AI, in euros, from %1 to %2.</source>
        <translation>Le graphique montre les totaux cumulés des montants infligés à Clearview AI, en euros, du %1 au %2.</translation>
    </message>
    <message>
        <source>Before %1, %2 had been imposed, of which %3 still stood.</source>
        <translation>Avant le %1, le total infligé s&apos;élevait à %2, dont %3 encore en vigueur.</translation>
    </message>
    <message numerus="yes">
        <source>Rulings or payments changed the totals %1 time(s); the table lists each change.</source>
        <translation>
            <numerusform>Des décisions ou des paiements ont modifié les totaux %1 fois&#xa0;; le tableau détaille chaque changement.</numerusform>
            <numerusform>Des décisions ou des paiements ont modifié les totaux %1 fois&#xa0;; le tableau détaille chaque changement.</numerusform>
        </translation>
    </message>
    <message>
        <source>No amount was set aside.</source>
        <translation>Aucun montant n&apos;a été annulé.</translation>
    </message>
    <message numerus="yes">
        <source>%1 other amount(s) are shown apart and not counted: provisional figures, maxima, settlements, penalty payments not imposed or fines on others.</source>
        <translation>
            <numerusform>%1 autre montant est affiché à part et n&apos;est pas compté&#xa0;: montants provisoires, maxima, transactions, astreintes non infligées ou amendes visant d&apos;autres cibles.</numerusform>
            <numerusform>%1 autres montants sont affichés à part et ne sont pas comptés&#xa0;: montants provisoires, maxima, transactions, astreintes non infligées ou amendes visant d&apos;autres cibles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shown apart and not counted: %1.</source>
        <translation>Affichés à part et non comptés&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 amount(s) without a date cannot be placed and are not counted.</source>
        <translation>
            <numerusform>%1 montant sans date ne peut pas être placé et n&apos;est pas compté.</numerusform>
            <numerusform>%1 montants sans date ne peuvent pas être placés et ne sont pas comptés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorité</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Imposed</source>
        <translation>Infligées</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Recouvrées</translation>
    </message>
    <message numerus="yes">
        <source>Money was imposed in %1 country(ies).</source>
        <translation>
            <numerusform>Des montants ont été infligés dans %1 pays.</numerusform>
            <numerusform>Des montants ont été infligés dans %1 pays.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a country and the money imposed there</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <comment>a country, the money standing there and the money imposed</comment>
        <translation>%1 (%2 sur %3)</translation>
    </message>
    <message>
        <source>All of it was imposed in %1.</source>
        <translation>Tout a été infligé dans un seul pays&#xa0;: %1.</translation>
    </message>
    <message>
        <source>From most to least: %1.</source>
        <translation>Par ordre décroissant&#xa0;: %1.</translation>
    </message>
    <message>
        <source>After appeals, less stands in %1.</source>
        <translation>Après recours, le montant en vigueur est inférieur au montant infligé&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The decisions come from %1 country(ies): %2.</source>
        <translation>
            <numerusform>Les décisions proviennent de %1 pays&#xa0;: %2.</numerusform>
            <numerusform>Les décisions proviennent de %1 pays&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 other country(ies) have decisions but no money imposed: %2.</source>
        <translation>
            <numerusform>%1 autre pays a des décisions mais aucun montant infligé&#xa0;: %2.</numerusform>
            <numerusform>%1 autres pays ont des décisions mais aucun montant infligé&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
</context>
<context>
    <name>ChartSpeech</name>
    <message>
        <source>%1 (%2)</source>
        <comment>an amount in its own currency, then in euros, said by a screen reader</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <comment>date, authority, country and type of a decision on the cumulative chart, said by a screen reader</comment>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message>
        <source>%1: %2 imposed; total imposed %3</source>
        <comment>a step of the cumulative chart, said by a screen reader</comment>
        <translation>%1&#xa0;: %2 infligés&#xa0;; total infligé&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: %2 set aside; total standing %3</source>
        <comment>a step of the cumulative chart, said by a screen reader</comment>
        <translation>%1&#xa0;: %2 annulés&#xa0;; total en vigueur&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: %2 reinstated; total standing %3</source>
        <comment>a step of the cumulative chart, said by a screen reader</comment>
        <translation>%1&#xa0;: %2 rétablis&#xa0;; total en vigueur&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: %2 collected; total collected %3</source>
        <comment>a step of the cumulative chart, said by a screen reader</comment>
        <translation>%1&#xa0;: %2 recouvrés&#xa0;; total recouvré&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 imposed, %3 standing after appeals; %n decision(s)</source>
        <comment>a country&apos;s or an authority&apos;s bar, said by a screen reader</comment>
        <translation>
            <numerusform>%1&#xa0;: %2 infligés, %3 en vigueur après recours&#xa0;; %n décision</numerusform>
            <numerusform>%1&#xa0;: %2 infligés, %3 en vigueur après recours&#xa0;; %n décisions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartViewBase</name>
    <message>
        <source>Fit</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Show the whole time range (drag across the chart or use Ctrl+wheel to zoom in)</source>
        <translation>Afficher toute la période (faites glisser sur le graphique ou utilisez Ctrl+molette pour zoomer)</translation>
    </message>
    <message>
        <source>Follow the timeline</source>
        <translation>Suivre la frise chronologique</translation>
    </message>
    <message>
        <source>Show the timeline&apos;s time range; zooming here zooms the timeline too</source>
        <translation>Afficher la période de la frise chronologique&#xa0;; zoomer ici zoome aussi la frise</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Previous or next item: a step of the cumulative chart, a country or an authority</source>
        <translation>Élément précédent ou suivant&#xa0;: une étape du graphique cumulé, un pays ou une autorité</translation>
    </message>
    <message>
        <source>First or last item</source>
        <translation>Premier ou dernier élément</translation>
    </message>
    <message>
        <source>Select the decision of a step of the cumulative chart</source>
        <translation>Sélectionner la décision d&apos;une étape du graphique cumulé</translation>
    </message>
</context>
<context>
    <name>Citation</name>
    <message>
        <source>country %1</source>
        <translation>pays %1</translation>
    </message>
    <message>
        <source>type %1</source>
        <translation>type %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir du %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>target &quot;%1&quot;</source>
        <translation>cible «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>search &quot;%1&quot;</source>
        <translation>recherche «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>(unknown version)</source>
        <translation>(version inconnue)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <source>1 decision</source>
        <translation>1 décision</translation>
    </message>
    <message>
        <source>%1 decisions</source>
        <translation>%1 décisions</translation>
    </message>
    <message>
        <source>Source: caseline dataset %1 (data as of %2), %3; amounts in EUR at the ECB rate of each decision date; dates: %4; filters: %5</source>
        <translation>Source&#xa0;: jeu de données caseline %1 (état des données&#xa0;: %2), %3&#xa0;; montants en EUR au taux de la BCE à la date de chaque décision&#xa0;; dates&#xa0;: %4&#xa0;; filtres&#xa0;: %5</translation>
    </message>
    <message>
        <source>announced</source>
        <comment>dates of the decisions</comment>
        <translation>annonce</translation>
    </message>
    <message>
        <source>adopted</source>
        <comment>dates of the decisions</comment>
        <translation>adoption</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>List the decisions that match the filters.</source>
        <translation>Lister les décisions qui correspondent aux filtres.</translation>
    </message>
    <message>
        <source>Count the matching decisions and total the money imposed.</source>
        <translation>Compter les décisions correspondantes et totaliser les montants infligés.</translation>
    </message>
    <message>
        <source>Render a view (timeline, cumulative, countries, dashboard) to PNG, SVG or PDF, or the lecture as a PDF deck (presentation).</source>
        <translation>Produire une vue (timeline, cumulative, countries, dashboard) en PNG, SVG ou PDF, ou le cours sous forme de diaporama PDF (presentation).</translation>
    </message>
    <message>
        <source>Check and import decisions from a JSON or CSV file, all or nothing.</source>
        <translation>Vérifier et importer des décisions depuis un fichier JSON ou CSV, tout ou rien.</translation>
    </message>
    <message>
        <source>Write the matching decisions to a JSON or CSV file.</source>
        <translation>Écrire les décisions correspondantes dans un fichier JSON ou CSV.</translation>
    </message>
    <message>
        <source>Present the decisions or a lecture script in lecture mode.</source>
        <translation>Présenter les décisions ou un scénario de cours en mode cours.</translation>
    </message>
    <message>
        <source>Use the database at this path instead of the one in the application data folder; a missing file is created from the bundled data.</source>
        <translation>Utiliser la base de données située à ce chemin au lieu de celle du dossier de données de l&apos;application&#xa0;; un fichier absent est créé à partir des données intégrées.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>%1; using the bundled data, read-only</source>
        <translation>%1&#xa0;; utilisation des données intégrées, en lecture seule</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Run &apos;caseline &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation>Lancez «&#xa0;caseline &lt;command&gt; --help&#xa0;» pour voir les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>caseline present: lecture mode needs a display (DISPLAY or WAYLAND_DISPLAY); --screenshot works without one</source>
        <translation>caseline present&#xa0;: le mode cours nécessite un affichage (DISPLAY ou WAYLAND_DISPLAY)&#xa0;; --screenshot fonctionne sans</translation>
    </message>
    <message>
        <source>caseline: the changes were saved, but the summary could not be written to the output</source>
        <translation>caseline&#xa0;: les modifications ont été enregistrées, mais le résumé n&apos;a pas pu être écrit sur la sortie</translation>
    </message>
    <message>
        <source>caseline: cannot write the output</source>
        <translation>caseline&#xa0;: impossible d&apos;écrire sur la sortie</translation>
    </message>
    <message>
        <source>caseline: expected a command</source>
        <translation>caseline&#xa0;: commande attendue</translation>
    </message>
    <message>
        <source>caseline: unknown command &apos;%1&apos;</source>
        <translation>caseline&#xa0;: commande inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Try &apos;caseline %1 --help&apos; for more information.</source>
        <translation>Essayez «&#xa0;caseline %1 --help&#xa0;» pour plus d&apos;informations.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--database: expected the path of a file</source>
        <translation>--database&#xa0;: chemin d&apos;un fichier attendu</translation>
    </message>
    <message>
        <source>this version of caseline ships newer data; decisions you changed were kept. Please review:</source>
        <translation>cette version de caseline fournit des données plus récentes&#xa0;; les décisions que vous avez modifiées ont été conservées. Veuillez vérifier&#xa0;:</translation>
    </message>
    <message>
        <source>Write text, numbers and dates in this language: en or fr (default: the system&apos;s language).</source>
        <translation>Écrire les textes, les nombres et les dates dans cette langue&#xa0;: en ou fr (par défaut&#xa0;: la langue du système).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>--lang: unknown language &apos;%1&apos; (expected en or fr)</source>
        <translation>--lang&#xa0;: langue inconnue «&#xa0;%1&#xa0;» (attendu&#xa0;: en ou fr)</translation>
    </message>
    <message>
        <source>Describe a view (timeline, cumulative, countries, dashboard, presentation) in words and a table: its text alternative.</source>
        <translation>Décrire une vue (timeline, cumulative, countries, dashboard, presentation) par des phrases et un tableau&#xa0;: son texte de remplacement.</translation>
    </message>
    <message>
        <source>A team database on PostgreSQL: make one (team init ADDRESS), copy a file&apos;s decisions and lectures to it (team push FILE ADDRESS), say what a role may do in it (team grant ADDRESS ROLE read|edit).</source>
        <translation>Une base d&apos;équipe sur PostgreSQL&#xa0;: la créer (team init ADRESSE), y copier les décisions et les cours d&apos;un fichier (team push FICHIER ADRESSE), dire ce qu&apos;un rôle peut y faire (team grant ADRESSE RÔLE read|edit).</translation>
    </message>
</context>
<context>
    <name>CountryChartRenderer</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Imposed: %1</source>
        <translation>Infligées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Standing after appeals: %1</source>
        <translation>En vigueur après recours&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) in the selection</source>
        <translation>
            <numerusform>%n décision dans la sélection</numerusform>
            <numerusform>%n décisions dans la sélection</numerusform>
        </translation>
    </message>
    <message>
        <source>Money imposed on Clearview AI by country, cumulative</source>
        <translation>Montants infligés à Clearview AI par pays, en cumulé</translation>
    </message>
    <message>
        <source>Money imposed on Clearview AI: totals by country</source>
        <translation>Montants infligés à Clearview AI&#xa0;: totaux par pays</translation>
    </message>
    <message>
        <source>Money imposed on Clearview AI: totals by authority</source>
        <translation>Montants infligés à Clearview AI&#xa0;: totaux par autorité</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Imposed</source>
        <translation>Infligées</translation>
    </message>
    <message>
        <source>Standing after appeals</source>
        <translation>En vigueur après recours</translation>
    </message>
    <message>
        <source>EUR @valuem</source>
        <translation>@value&#xa0;M&#xa0;EUR</translation>
    </message>
    <message>
        <source>EUR million (log scale)</source>
        <translation>Millions d&apos;EUR (échelle logarithmique)</translation>
    </message>
    <message>
        <source>caseline: money imposed on Clearview AI by country</source>
        <translation>caseline&#xa0;: montants infligés à Clearview AI par pays</translation>
    </message>
    <message>
        <source>caseline: totals imposed on Clearview AI</source>
        <translation>caseline&#xa0;: totaux infligés à Clearview AI</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
</context>
<context>
    <name>CountryChartView</name>
    <message>
        <source>Over time, stacked by country</source>
        <translation>Dans le temps, empilé par pays</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>Par pays</translation>
    </message>
    <message>
        <source>By authority</source>
        <translation>Par autorité</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Échelle logarithmique</translation>
    </message>
    <message>
        <source>A logarithmic money axis, so that small totals stay visible beside large ones</source>
        <translation>Un axe des montants logarithmique, pour que les petits totaux restent visibles à côté des grands</translation>
    </message>
    <message>
        <source>Money by country chart</source>
        <translation>Graphique des montants par pays</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the quoted field that starts on this line is never closed</source>
        <translation>le champ entre guillemets qui commence sur cette ligne n&apos;est jamais fermé</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote (write &quot;&quot; for a quote inside a quoted field)</source>
        <translation>texte inattendu après un guillemet fermant (écrivez &quot;&quot; pour un guillemet à l&apos;intérieur d&apos;un champ entre guillemets)</translation>
    </message>
</context>
<context>
    <name>CumulativeChartRenderer</name>
    <message>
        <source>%1 %2</source>
        <translation>%2 (%1)</translation>
    </message>
    <message>
        <source>%1 imposed · %2 standing · %3 collected</source>
        <translation>%1 infligés · %2 en vigueur · %3 recouvrés</translation>
    </message>
    <message>
        <source>%1 (%2 at the ECB reference rate of the decision date)</source>
        <translation>%1 (%2 au taux de référence de la BCE à la date de la décision)</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>%1 set aside on %2</source>
        <translation>%1 annulée le %2</translation>
    </message>
    <message>
        <source>%1 reinstated on %2</source>
        <translation>%1 rétablie le %2</translation>
    </message>
    <message>
        <source>%1 collected on %2</source>
        <translation>%1 recouvrée le %2</translation>
    </message>
    <message>
        <source>By: %1</source>
        <translation>Par&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 leaves the standing total</source>
        <translation>Sort du total en vigueur&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 stands again</source>
        <translation>De nouveau en vigueur&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 collected</source>
        <translation>Recouvrement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Imposed in all: %1; standing: %2; collected: %3</source>
        <translation>Total infligé&#xa0;: %1&#xa0;; en vigueur&#xa0;: %2&#xa0;; recouvré&#xa0;: %3</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>Décision&#xa0;: %1</translation>
    </message>
    <message>
        <source>Provisional figure, never imposed as such</source>
        <translation>Montant provisoire, jamais infligé en tant que tel</translation>
    </message>
    <message>
        <source>A maximum (&quot;up to&quot;), not a sum imposed</source>
        <translation>Un maximum («&#xa0;jusqu&apos;à&#xa0;»), pas une somme infligée</translation>
    </message>
    <message>
        <source>A settlement, not a fine</source>
        <translation>Une transaction, pas une amende</translation>
    </message>
    <message>
        <source>Imposed on %1, not on Clearview AI</source>
        <translation>Infligé à %1, pas à Clearview AI</translation>
    </message>
    <message>
        <source>Penalty payments up to this amount if the orders are not met; not imposed</source>
        <translation>Astreintes jusqu&apos;à ce montant si les injonctions ne sont pas respectées&#xa0;; non infligées</translation>
    </message>
    <message>
        <source>Penalty payment per day if the orders are not met; not imposed</source>
        <translation>Astreinte par jour si les injonctions ne sont pas respectées&#xa0;; non infligée</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <source>Not in the totals: %1</source>
        <translation>Hors des totaux&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Claimed database size: %1 images (%2)</source>
        <translation>Taille revendiquée de la base&#xa0;: %1 images (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Kind of claim: %1</source>
        <translation>Type de revendication&#xa0;: %1</translation>
    </message>
    <message>
        <source>Provisional (not imposed)</source>
        <translation>Provisoire (non infligé)</translation>
    </message>
    <message>
        <source>Maximum (not imposed)</source>
        <translation>Maximum (non infligé)</translation>
    </message>
    <message>
        <source>Settlement (not a fine)</source>
        <translation>Transaction (pas une amende)</translation>
    </message>
    <message>
        <source>Fine on another target</source>
        <translation>Amende visant une autre cible</translation>
    </message>
    <message>
        <source>Penalty cap (not imposed)</source>
        <translation>Plafond d&apos;astreinte (non infligé)</translation>
    </message>
    <message>
        <source>Daily penalty (not imposed)</source>
        <translation>Astreinte journalière (non infligée)</translation>
    </message>
    <message>
        <source>%1: %2 amounts on %3, none in the totals</source>
        <translation>%1&#xa0;: %2 montants le %3, aucun dans les totaux</translation>
    </message>
    <message>
        <source>%1 decisions imposed money on %2</source>
        <translation>%1 décisions ont infligé des sommes le %2</translation>
    </message>
    <message>
        <source>%1 changes on %2</source>
        <translation>%1 changements le %2</translation>
    </message>
    <message>
        <source>%1 imposed: %2</source>
        <translation>%1 infligée&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 set aside: %2</source>
        <translation>%1 annulée&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 reinstated: %2</source>
        <translation>%1 rétablie&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 collected: %2</source>
        <translation>%1 recouvrée&#xa0;: %2</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>et %1 autres</translation>
    </message>
    <message>
        <source>A click selects the largest: %1</source>
        <translation>Un clic sélectionne la plus importante&#xa0;: %1</translation>
    </message>
    <message>
        <source>Collected: no payment known</source>
        <translation>Recouvrées&#xa0;: aucun paiement connu</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Recouvrées</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%2 (%1, %3)</translation>
    </message>
    <message>
        <source>%1 decisions %2</source>
        <translation>%1 décisions, %2</translation>
    </message>
    <message>
        <source>%1 set aside</source>
        <translation>%1 annulée</translation>
    </message>
    <message>
        <source>%1 reinstated</source>
        <translation>%1 rétablie</translation>
    </message>
    <message>
        <source>%1 payments %2</source>
        <translation>%1 paiements, %2</translation>
    </message>
    <message>
        <source>%1 set aside, %2 reinstated</source>
        <translation>%1 annulée(s), %2 rétablie(s)</translation>
    </message>
    <message>
        <source>Fines and penalty payments imposed on Clearview AI, cumulative</source>
        <translation>Amendes et astreintes infligées à Clearview AI, en cumulé</translation>
    </message>
    <message>
        <source>Imposed</source>
        <translation>Infligées</translation>
    </message>
    <message>
        <source>Standing after appeals</source>
        <translation>En vigueur après recours</translation>
    </message>
    <message>
        <source>Collected (payments known)</source>
        <translation>Recouvrées (paiements connus)</translation>
    </message>
    <message>
        <source>Database size claimed by Clearview (billion images)</source>
        <translation>Taille de la base revendiquée par Clearview (milliards d&apos;images)</translation>
    </message>
    <message>
        <source>Claimed database size (right axis)</source>
        <translation>Taille revendiquée de la base (axe de droite)</translation>
    </message>
    <message>
        <source>caseline: cumulative fines imposed on Clearview AI</source>
        <translation>caseline&#xa0;: amendes cumulées infligées à Clearview AI</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>provisoire</translation>
    </message>
    <message>
        <source>maximum</source>
        <translation>maximum</translation>
    </message>
    <message>
        <source>settlement</source>
        <translation>transaction</translation>
    </message>
    <message>
        <source>other target</source>
        <translation>autre cible</translation>
    </message>
    <message>
        <source>penalty cap</source>
        <translation>plafond d&apos;astreinte</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>par jour</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
</context>
<context>
    <name>CumulativeChartView</name>
    <message>
        <source>Claimed database size</source>
        <translation>Taille revendiquée de la base</translation>
    </message>
    <message>
        <source>Clearview&apos;s image database as claimed over time, with who made each claim</source>
        <translation>La base d&apos;images de Clearview telle que revendiquée au fil du temps, avec l&apos;auteur de chaque revendication</translation>
    </message>
    <message>
        <source>Cumulative fines chart</source>
        <translation>Graphique des amendes cumulées</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>Change not saved</source>
        <translation>Modification non enregistrée</translation>
    </message>
    <message>
        <source>&amp;Import Decisions...</source>
        <translation>Im&amp;porter des décisions...</translation>
    </message>
    <message>
        <source>Export &amp;Data...</source>
        <translation>Exporter les &amp;données...</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Add Decision...</source>
        <translation>A&amp;jouter une décision...</translation>
    </message>
    <message>
        <source>&amp;Edit Decision...</source>
        <translation>&amp;Modifier la décision...</translation>
    </message>
    <message>
        <source>&amp;Delete Decision</source>
        <translation>&amp;Supprimer la décision</translation>
    </message>
    <message>
        <source>Restore &amp;Bundled Version</source>
        <translation>Restaurer la version i&amp;ntégrée</translation>
    </message>
    <message>
        <source>Restore All Bundled Data...</source>
        <translation>Restaurer toutes les données intégrées...</translation>
    </message>
    <message>
        <source>Import Decisions</source>
        <translation>Importer des décisions</translation>
    </message>
    <message>
        <source>Decisions (*.json *.csv)</source>
        <translation>Décisions (*.json *.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. Nothing was imported: fix the file and import it again.</source>
        <translation>
            <numerusform>%n problème trouvé. Rien n&apos;a été importé&#xa0;: corrigez le fichier et importez-le à nouveau.</numerusform>
            <numerusform>%n problèmes trouvés. Rien n&apos;a été importé&#xa0;: corrigez le fichier et importez-le à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new and %2 updated decision(s); %3 unchanged. Import them?</source>
        <translation>%1 décision(s) nouvelle(s) et %2 mise(s) à jour&#xa0;; %3 inchangée(s). Les importer&#xa0;?</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Imported %1 new and %2 updated decision(s).</source>
        <translation>Importé&#xa0;: %1 décision(s) nouvelle(s) et %2 mise(s) à jour.</translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation>Exporter les données</translation>
    </message>
    <message>
        <source>JSON, every field (*.json);;CSV spreadsheet (*.csv)</source>
        <translation>JSON, tous les champs (*.json);;Tableur CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 decision(s) to %2</source>
        <translation>%1 décision(s) exportée(s) vers %2</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>Décision %1 ajoutée</translation>
    </message>
    <message>
        <source>Deleted %1 (Ctrl+Z brings it back)</source>
        <translation>Décision %1 supprimée (Ctrl+Z pour la rétablir)</translation>
    </message>
    <message>
        <source>Restored the bundled version of %1</source>
        <translation>Version intégrée de %1 restaurée</translation>
    </message>
    <message>
        <source>Restore All Bundled Data</source>
        <translation>Restaurer toutes les données intégrées</translation>
    </message>
    <message>
        <source>Put every bundled decision back as it ships with caseline? Decisions you added yourself are kept, and Undo reverses this.</source>
        <translation>Remettre chaque décision intégrée dans l&apos;état où caseline la fournit&#xa0;? Les décisions que vous avez ajoutées vous-même sont conservées, et Annuler revient sur cette opération.</translation>
    </message>
    <message>
        <source>Restored the bundled data</source>
        <translation>Données intégrées restaurées</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir %1</translation>
    </message>
    <message>
        <source>The database could not be opened for this work: %1</source>
        <translation>La base de données n&apos;a pas pu être ouverte pour ce travail : %1</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>Vérification de %1</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Importation annulée : rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importation de %1</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln decision(s) to %1</source>
        <translation>
            <numerusform>Exportation de %Ln décision vers %1</numerusform>
            <numerusform>Exportation de %Ln décisions vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written to %1.</source>
        <translation>Exportation annulée : rien n&apos;a été écrit dans %1.</translation>
    </message>
    <message>
        <source>Updated: the team database was changed by someone else.</source>
        <translation>Mis à jour&#xa0;: la base d&apos;équipe a été modifiée par quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <source>&amp;History...</source>
        <translation>&amp;Historique...</translation>
    </message>
    <message>
        <source>The recorded versions of the selected decision: who saved each and when; restore any of them</source>
        <translation>Les versions enregistrées de la décision sélectionnée&#xa0;: qui a enregistré chacune et quand&#xa0;; restaurez celle de votre choix</translation>
    </message>
    <message>
        <source>Only a team database records the history of its decisions</source>
        <translation>Seule une base d&apos;équipe enregistre l&apos;historique de ses décisions</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Restored an earlier version of %1 (Ctrl+Z undoes it)</source>
        <translation>Version antérieure de %1 restaurée (Ctrl+Z l&apos;annule)</translation>
    </message>
    <message>
        <source>the team database cannot be reached (%1); caseline reconnects by itself</source>
        <translation>la base d&apos;équipe est injoignable (%1)&#xa0;; caseline se reconnecte de lui-même</translation>
    </message>
    <message>
        <source>The team database cannot be reached: showing what was loaded, read-only, until it is back.</source>
        <translation>La base d&apos;équipe est injoignable&#xa0;: affichage des données chargées, en lecture seule, jusqu&apos;à son retour.</translation>
    </message>
    <message>
        <source>Connected to the team database again.</source>
        <translation>De nouveau connecté à la base d&apos;équipe.</translation>
    </message>
    <message>
        <source>Your edit of %1 could not be kept for later: %2</source>
        <translation>Votre modification de %1 n&apos;a pas pu être conservée pour plus tard&#xa0;: %2</translation>
    </message>
    <message>
        <source>Edits Kept for Later</source>
        <translation>Modifications conservées pour plus tard</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) could not be saved while the team database could not be reached: %1. Save them now?</source>
        <translation>
            <numerusform>%n modification n&apos;a pas pu être enregistrée pendant que la base d&apos;équipe était injoignable&#xa0;: %1. L&apos;enregistrer maintenant&#xa0;?</numerusform>
            <numerusform>%n modifications n&apos;ont pas pu être enregistrées pendant que la base d&apos;équipe était injoignable&#xa0;: %1. Les enregistrer maintenant&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save Now</source>
        <translation>&amp;Enregistrer maintenant</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>E&amp;xporter...</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <source>Export Edits Kept for Later</source>
        <translation>Exporter les modifications conservées</translation>
    </message>
    <message>
        <source>JSON, every field (*.json)</source>
        <translation>JSON, tous les champs (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n edit(s) to %1; File &gt; Import Decisions reads them back</source>
        <translation>
            <numerusform>%n modification exportée vers %1&#xa0;; Fichier &gt; Importer des décisions la relit</numerusform>
            <numerusform>%n modifications exportées vers %1&#xa0;; Fichier &gt; Importer des décisions les relit</numerusform>
        </translation>
    </message>
    <message>
        <source>The team database was changed by someone else, but could not be read again: %1</source>
        <translation>La base d&apos;équipe a été modifiée par quelqu&apos;un d&apos;autre, mais n&apos;a pas pu être relue&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DataExport</name>
    <message>
        <source>%1: choose a file name ending in .json or .csv</source>
        <translation>%1 : choisissez un nom de fichier se terminant par .json ou .csv</translation>
    </message>
</context>
<context>
    <name>DecisionConflictDialog</name>
    <message>
        <source>Fields that differ</source>
        <translation>Champs qui diffèrent</translation>
    </message>
    <message>
        <source>&amp;Save Ticked Fields</source>
        <translation>&amp;Enregistrer les champs cochés</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>Garder la &amp;mienne</translation>
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
        <translation>Garder la &amp;leur</translation>
    </message>
    <message>
        <source>&amp;Back to the Form</source>
        <translation>&amp;Retour au formulaire</translation>
    </message>
    <message>
        <source>%1 Was Changed Meanwhile</source>
        <translation>%1 a été modifiée entre-temps</translation>
    </message>
    <message>
        <source>Someone else saved %1 while you were editing it.</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré %1 pendant que vous la modifiiez.</translation>
    </message>
    <message>
        <source>%1 was saved by %2 while you were editing it.</source>
        <translation>%1 a été enregistrée par %2 pendant que vous la modifiiez.</translation>
    </message>
    <message>
        <source>Your edit is not saved yet. Tick, field by field, the version to keep; a field changed on both sides is marked. Space ticks the box of the selected cell.</source>
        <translation>Votre modification n&apos;est pas encore enregistrée. Cochez, champ par champ, la version à garder&#xa0;; un champ modifié des deux côtés est signalé. Espace coche la case de la cellule sélectionnée.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Theirs (saved)</source>
        <translation>La leur (enregistrée)</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>La vôtre</translation>
    </message>
    <message>
        <source>%1 (changed by both)</source>
        <translation>%1 (modifié des deux côtés)</translation>
    </message>
</context>
<context>
    <name>DecisionCsv</name>
    <message>
        <source>missing required field</source>
        <translation>champ obligatoire manquant</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (write YYYY-MM-DD)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date (écrivez AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date that exists</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date qui existe</translation>
    </message>
    <message>
        <source>an amount needs a currency</source>
        <translation>un montant doit avoir une devise</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not true or false</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni true ni false</translation>
    </message>
    <message>
        <source>a decision needs a decision_date or an announce_date</source>
        <translation>une décision doit avoir une decision_date ou une announce_date</translation>
    </message>
    <message>
        <source>unknown currency &apos;%1&apos; (codes are upper case: &apos;%2&apos;)</source>
        <translation>devise inconnue «&#xa0;%1&#xa0;» (les codes sont en majuscules&#xa0;: «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>unknown currency &apos;%1&apos;</source>
        <translation>devise inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 fields, but the header has %2 (a text with a comma must be in double quotes)</source>
        <translation>%1 champs, mais l&apos;en-tête en compte %2 (un texte contenant une virgule doit être entre guillemets doubles)</translation>
    </message>
    <message>
        <source>column %1 has no name</source>
        <translation>la colonne %1 n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>unknown column &apos;%1&apos; (the columns are %2)</source>
        <translation>colonne inconnue «&#xa0;%1&#xa0;» (les colonnes sont %2)</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; appears twice</source>
        <translation>la colonne «&#xa0;%1&#xa0;» apparaît deux fois</translation>
    </message>
    <message>
        <source>missing required column &apos;%1&apos;</source>
        <translation>colonne obligatoire manquante&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>missing a date column: decision_date or announce_date</source>
        <translation>il manque une colonne de date&#xa0;: decision_date ou announce_date</translation>
    </message>
    <message>
        <source>no header row: the first line must name the columns, e.g. %1</source>
        <translation>pas de ligne d&apos;en-tête&#xa0;: la première ligne doit nommer les colonnes, p. ex. %1</translation>
    </message>
</context>
<context>
    <name>DecisionEditCommand</name>
    <message>
        <source>changed by another caseline or another program since it was loaded: %1. Your change was not saved; the latest data is shown.</source>
        <translation>modifiée par une autre instance de caseline ou un autre programme depuis son chargement&#xa0;: %1. Votre modification n&apos;a pas été enregistrée&#xa0;; les données les plus récentes sont affichées.</translation>
    </message>
</context>
<context>
    <name>DecisionEditFlow</name>
    <message>
        <source>Saved %1 (Ctrl+Z undoes it)</source>
        <translation>Décision %1 enregistrée (Ctrl+Z pour annuler)</translation>
    </message>
    <message>
        <source>%1 is not saved yet: the team database cannot be reached. Your edit is kept and offered again when it is back.</source>
        <translation>%1 n&apos;est pas encore enregistrée&#xa0;: la base d&apos;équipe est injoignable. Votre modification est conservée et vous sera proposée de nouveau à son retour.</translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation>Modification non enregistrée</translation>
    </message>
    <message>
        <source>Decision Deleted Meanwhile</source>
        <translation>Décision supprimée entre-temps</translation>
    </message>
    <message>
        <source>Someone else deleted %1 while you were editing it. Add your version back?</source>
        <translation>Quelqu&apos;un d&apos;autre a supprimé %1 pendant que vous la modifiiez. Rajouter votre version&#xa0;?</translation>
    </message>
    <message>
        <source>Added %1 back (Ctrl+Z undoes it)</source>
        <translation>%1 rajoutée (Ctrl+Z l&apos;annule)</translation>
    </message>
    <message>
        <source>%1 was saved meanwhile with the same changes as yours</source>
        <translation>%1 a été enregistrée entre-temps avec les mêmes modifications que les vôtres</translation>
    </message>
    <message>
        <source>Kept the version of %1 saved meanwhile; your edit was dropped</source>
        <translation>Version de %1 enregistrée entre-temps conservée&#xa0;; votre modification a été abandonnée</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 le %2</translation>
    </message>
</context>
<context>
    <name>DecisionEditor</name>
    <message>
        <source>Add a decision</source>
        <translation>Ajouter une décision</translation>
    </message>
    <message>
        <source>Edit a decision</source>
        <translation>Modifier une décision</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. fr-cnil-2022-fine</source>
        <translation>p. ex. fr-cnil-2022-fine</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A&amp;uthority:</source>
        <translation>A&amp;utorité&#xa0;:</translation>
    </message>
    <message>
        <source>the body that decided</source>
        <translation>l&apos;organe qui a rendu la décision</translation>
    </message>
    <message>
        <source>Authority &amp;type:</source>
        <translation>&amp;Type d&apos;autorité&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. data protection authority, court</source>
        <translation>p. ex. autorité de protection des données, juridiction</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>&amp;Cible&#xa0;:</translation>
    </message>
    <message>
        <source>who the decision is against</source>
        <translation>la personne ou l&apos;organisme visé par la décision</translation>
    </message>
    <message>
        <source>Decision t&amp;ype:</source>
        <translation>T&amp;ype de décision&#xa0;:</translation>
    </message>
    <message>
        <source>Adopted:</source>
        <translation>Adoptée&#xa0;:</translation>
    </message>
    <message>
        <source>Announced:</source>
        <translation>Annoncée&#xa0;:</translation>
    </message>
    <message>
        <source>Date &amp;notes:</source>
        <translation>&amp;Notes sur les dates&#xa0;:</translation>
    </message>
    <message>
        <source>uncertainty or conflicts about the dates</source>
        <translation>incertitudes ou contradictions sur les dates</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>&amp;Montant&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. 7552800 or 7552800.50</source>
        <translation>p. ex. 7552800 ou 7552800.50</translation>
    </message>
    <message>
        <source>Cu&amp;rrency:</source>
        <translation>De&amp;vise&#xa0;:</translation>
    </message>
    <message>
        <source>ISO 4217 code, e.g. EUR</source>
        <translation>code ISO 4217, p. ex. EUR</translation>
    </message>
    <message>
        <source>&amp;EUR equivalent:</source>
        <translation>Équivalent en &amp;EUR&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. 8920279</source>
        <translation>p. ex. 8920279</translation>
    </message>
    <message>
        <source>E&amp;xchange rate:</source>
        <translation>Tau&amp;x de change&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. ECB reference rate 18 May 2022: 0.84670</source>
        <translation>p. ex. taux de référence de la BCE du 18 mai 2022&#xa0;: 0,84670</translation>
    </message>
    <message>
        <source>The amount is a maximum (&quot;up to&quot;)</source>
        <translation>Le montant est un maximum («&#xa0;jusqu&apos;à&#xa0;»)</translation>
    </message>
    <message>
        <source>Count the amount in the cumulative fines</source>
        <translation>Compter le montant dans les amendes cumulées</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. final, appealed, annulled_on_appeal</source>
        <translation>p. ex. final, appealed, annulled_on_appeal</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>Suite &amp;donnée&#xa0;:</translation>
    </message>
    <message>
        <source>what happened next</source>
        <translation>ce qui s&apos;est passé ensuite</translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation>Ré&amp;férence&#xa0;:</translation>
    </message>
    <message>
        <source>the official decision number</source>
        <translation>le numéro officiel de la décision</translation>
    </message>
    <message>
        <source>Re&amp;lated to:</source>
        <translation>&amp;Liée à&#xa0;:</translation>
    </message>
    <message>
        <source>ids of earlier decisions, separated by commas</source>
        <translation>identifiants de décisions antérieures, séparés par des virgules</translation>
    </message>
    <message>
        <source>Sour&amp;ces:</source>
        <translation>S&amp;ources&#xa0;:</translation>
    </message>
    <message>
        <source>one per line: https://... | what it confirms</source>
        <translation>une par ligne&#xa0;: https://... | ce qu&apos;elle confirme</translation>
    </message>
    <message>
        <source>F&amp;acts:</source>
        <translation>F&amp;aits&#xa0;:</translation>
    </message>
    <message>
        <source>one per line</source>
        <translation>un par ligne</translation>
    </message>
    <message>
        <source>Lo&amp;w-confidence details:</source>
        <translation>Détails de faible fia&amp;bilité&#xa0;:</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>&amp;Résumé&#xa0;:</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Connue</translation>
    </message>
    <message>
        <source>%1 known</source>
        <translation>%1 connue</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Fields not shown in this form need fixing:
%1</source>
        <translation>Des champs absents de ce formulaire doivent être corrigés&#xa0;:
%1</translation>
    </message>
</context>
<context>
    <name>DecisionHistoryDialog</name>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>&amp;Versions, newest first:</source>
        <translation>&amp;Versions, de la plus récente à la plus ancienne&#xa0;:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>This version</source>
        <translation>Cette version</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actuelle</translation>
    </message>
    <message>
        <source>This version compared with now</source>
        <translation>Cette version comparée à l&apos;actuelle</translation>
    </message>
    <message>
        <source>&amp;Restore This Version</source>
        <translation>&amp;Restaurer cette version</translation>
    </message>
    <message>
        <source>Save this version of the decision over the one now</source>
        <translation>Enregistrer cette version de la décision à la place de l&apos;actuelle</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historique de %1</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimée</translation>
    </message>
    <message>
        <source>Saved (first recorded version)</source>
        <translation>Enregistrée (première version connue)</translation>
    </message>
    <message>
        <source>Saved (added back)</source>
        <translation>Enregistrée (rajoutée)</translation>
    </message>
    <message>
        <source>Saved (added back): %1</source>
        <translation>Enregistrée (rajoutée)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved (no changes)</source>
        <translation>Enregistrée (sans modification)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (actuelle)</translation>
    </message>
    <message>
        <source>No versions of %1 are recorded.</source>
        <translation>Aucune version de %1 n&apos;est enregistrée.</translation>
    </message>
    <message>
        <source>%1 is deleted now; restoring this version adds it back.</source>
        <translation>%1 est supprimée&#xa0;; restaurer cette version la rajoute.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) of this version differ from the decision now:</source>
        <translation>
            <numerusform>%n champ de cette version diffère de la décision actuelle&#xa0;:</numerusform>
            <numerusform>%n champs de cette version diffèrent de la décision actuelle&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>This is the current version.</source>
        <translation>C&apos;est la version actuelle.</translation>
    </message>
    <message>
        <source>This version is the same as the decision now.</source>
        <translation>Cette version est identique à la décision actuelle.</translation>
    </message>
</context>
<context>
    <name>DecisionImporter</name>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>le fichier dépasse %1 Mo</translation>
    </message>
    <message>
        <source>nothing was imported from %1: %2</source>
        <translation>rien n&apos;a été importé depuis %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s); nothing was imported</source>
        <translation>
            <numerusform>%1 comporte %n problème&#xa0;; rien n&apos;a été importé</numerusform>
            <numerusform>%1 comporte %n problèmes&#xa0;; rien n&apos;a été importé</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: these decisions changed since the preview, by another caseline or another program: %2. Nothing was imported; import again to merge into the latest data.</source>
        <translation>%1&#xa0;: ces décisions ont été modifiées depuis l&apos;aperçu, par une autre instance de caseline ou un autre programme&#xa0;: %2. Rien n&apos;a été importé&#xa0;; importez à nouveau pour fusionner avec les données les plus récentes.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s), nothing will be imported</source>
        <translation>
            <numerusform>%1&#xa0;: %n problème, rien ne sera importé</numerusform>
            <numerusform>%1&#xa0;: %n problèmes, rien ne sera importé</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 new, %3 updated, %4 unchanged</source>
        <translation>%1&#xa0;: %2 nouvelle(s), %3 mise(s) à jour, %4 inchangée(s)</translation>
    </message>
    <message>
        <source>  new      %1</source>
        <translation>  nouvelle %1</translation>
    </message>
    <message>
        <source>  updated  %1</source>
        <translation>  modifiée %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>           %1: %2 -&gt; %3</source>
        <translation>           %1&#xa0;: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>%1: choose a file name ending in .json or .csv</source>
        <translation>%1&#xa0;: choisissez un nom de fichier se terminant par .json ou .csv</translation>
    </message>
    <message>
        <source>nothing was imported from %1: it cannot be read again</source>
        <translation>rien n&apos;a été importé depuis %1&#xa0;: il ne peut pas être relu</translation>
    </message>
    <message>
        <source>nothing was imported from %1: it changed while it was read</source>
        <translation>rien n&apos;a été importé depuis %1&#xa0;: il a changé pendant sa lecture</translation>
    </message>
    <message>
        <source>%1 or the database changed since you confirmed the import (another caseline or another program wrote to it). Nothing was imported; import again to see what it would do now.</source>
        <translation>%1 ou la base de données a changé depuis que vous avez confirmé l&apos;importation (un autre caseline ou un autre programme y a écrit). Rien n&apos;a été importé ; importez à nouveau pour voir ce que l&apos;importation ferait maintenant.</translation>
    </message>
</context>
<context>
    <name>DecisionIndexReader</name>
    <message>
        <source>reading decisions: %1</source>
        <translation>lecture des décisions&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DecisionJson</name>
    <message>
        <source>missing required field</source>
        <translation>champ obligatoire manquant</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>texte attendu</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid date (YYYY-MM-DD)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date valide (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true ou false attendu</translation>
    </message>
    <message>
        <source>expected a list of strings</source>
        <translation>liste de textes attendue</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>nombre attendu</translation>
    </message>
    <message>
        <source>an amount needs a currency</source>
        <translation>un montant doit avoir une devise</translation>
    </message>
    <message>
        <source>unknown currency &apos;%1&apos;</source>
        <translation>devise inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>amount does not fit exactly in 64-bit minor units</source>
        <translation>le montant ne tient pas exactement en unités divisionnaires sur 64 bits</translation>
    </message>
    <message>
        <source>amount must not be negative</source>
        <translation>le montant ne doit pas être négatif</translation>
    </message>
    <message>
        <source>expected a list of sources</source>
        <translation>liste de sources attendue</translation>
    </message>
    <message>
        <source>expected an object for each source</source>
        <translation>un objet attendu pour chaque source</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <source>a decision needs a decision_date or an announce_date</source>
        <translation>une décision doit avoir une decision_date ou une announce_date</translation>
    </message>
    <message>
        <source>each change needs a date</source>
        <translation>chaque changement doit avoir une date</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>liste attendue</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD or YYYY-MM)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date (AAAA-MM-JJ ou AAAA-MM)</translation>
    </message>
    <message>
        <source>expected a non-negative whole number</source>
        <translation>nombre entier positif ou nul attendu</translation>
    </message>
    <message>
        <source>offset %1: %2</source>
        <translation>position %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>expected a JSON array of objects</source>
        <translation>tableau JSON d&apos;objets attendu</translation>
    </message>
    <message>
        <source>index %1: expected an object</source>
        <translation>indice %1&#xa0;: objet attendu</translation>
    </message>
    <message>
        <source>index %1: %2</source>
        <translation>indice %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DecisionModel</name>
    <message>
        <source>up to %1</source>
        <translation>jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>Changed by you</source>
        <translation>Modifiée par vous</translation>
    </message>
    <message>
        <source>Changed by you. %1</source>
        <translation>Modifiée par vous. %1</translation>
    </message>
    <message>
        <source>%1, changed by you</source>
        <translation>%1, modifiée par vous</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Annoncée</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adoptée</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorité</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>EUR equivalent</source>
        <translation>Équivalent en EUR</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>DecisionSpeech</name>
    <message>
        <source>up to %1</source>
        <comment>a maximum amount, said by a screen reader</comment>
        <translation>jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>set aside</source>
        <comment>a decision annulled by a later ruling, said by a screen reader</comment>
        <translation>annulée</translation>
    </message>
    <message>
        <source>contested</source>
        <comment>a decision under appeal, said by a screen reader</comment>
        <translation>contestée</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the facts of a decision a screen reader says</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>DecisionStore</name>
    <message>
        <source>This database is read-only: changes cannot be saved.</source>
        <translation>Cette base de données est en lecture seule&#xa0;: les modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>This database is read-only: changes cannot be saved (%1).</source>
        <translation>Cette base de données est en lecture seule&#xa0;: les modifications ne peuvent pas être enregistrées (%1).</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>La modification n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajout de %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modification de %1</translation>
    </message>
    <message>
        <source>There is no decision with the id &apos;%1&apos;.</source>
        <translation>Aucune décision n&apos;a l&apos;identifiant «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 cannot be deleted while other decisions refer to it: %2. Edit or delete those first.</source>
        <translation>%1 ne peut pas être supprimée tant que d&apos;autres décisions y font référence&#xa0;: %2. Modifiez-les ou supprimez-les d&apos;abord.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Suppression de %1</translation>
    </message>
    <message>
        <source>The bundled data cannot be read: %1</source>
        <translation>Les données intégrées ne peuvent pas être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is not part of the bundled data: there is nothing to restore.</source>
        <translation>%1 ne fait pas partie des données intégrées&#xa0;: il n&apos;y a rien à restaurer.</translation>
    </message>
    <message>
        <source>Restore bundled %1</source>
        <translation>Restauration de la version intégrée de %1</translation>
    </message>
    <message>
        <source>Restore all bundled data</source>
        <translation>Restauration de toutes les données intégrées</translation>
    </message>
    <message>
        <source>An undo or redo could not be saved, so the undo history was cleared: %1</source>
        <translation>Une annulation ou un rétablissement n&apos;a pas pu être enregistré&#xa0;; l&apos;historique d&apos;annulation a donc été effacé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DecisionType</name>
    <message>
        <source>Formal notice</source>
        <translation>Mise en demeure</translation>
    </message>
    <message>
        <source>Provisional notice</source>
        <translation>Avis provisoire</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>Amende</translation>
    </message>
    <message>
        <source>Penalty payment</source>
        <translation>Astreinte</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Injonction</translation>
    </message>
    <message>
        <source>Reprimand</source>
        <translation>Rappel à l&apos;ordre</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Court ruling</source>
        <translation>Décision de justice</translation>
    </message>
    <message>
        <source>Appeal ruling</source>
        <translation>Décision en appel</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Criminal complaint</source>
        <translation>Plainte pénale</translation>
    </message>
</context>
<context>
    <name>DecisionValidator</name>
    <message>
        <source>an amount needs a currency</source>
        <translation>un montant doit avoir une devise</translation>
    </message>
    <message>
        <source>an id is required, e.g. fr-cnil-2022-fine</source>
        <translation>un identifiant est requis, p. ex. fr-cnil-2022-fine</translation>
    </message>
    <message>
        <source>use only lowercase letters a-z, digits and &apos;-&apos; (at most 100), e.g. fr-cnil-2022-fine</source>
        <translation>utilisez uniquement des minuscules a-z, des chiffres et «&#xa0;-&#xa0;» (100 au plus), p. ex. fr-cnil-2022-fine</translation>
    </message>
    <message>
        <source>a decision with the id &apos;%1&apos; already exists</source>
        <translation>une décision avec l&apos;identifiant «&#xa0;%1&#xa0;» existe déjà</translation>
    </message>
    <message>
        <source>no decision with the id &apos;%1&apos; is in the database</source>
        <translation>aucune décision avec l&apos;identifiant «&#xa0;%1&#xa0;» ne figure dans la base de données</translation>
    </message>
    <message>
        <source>choose the country of the deciding body</source>
        <translation>choisissez le pays de l&apos;organe qui a décidé</translation>
    </message>
    <message>
        <source>name the authority or court that decided</source>
        <translation>indiquez l&apos;autorité ou la juridiction qui a décidé</translation>
    </message>
    <message>
        <source>choose the type of decision</source>
        <translation>choisissez le type de décision</translation>
    </message>
    <message>
        <source>give the date it was adopted, the date it was announced, or both</source>
        <translation>indiquez la date d&apos;adoption, la date d&apos;annonce, ou les deux</translation>
    </message>
    <message>
        <source>unknown currency &apos;%1&apos; (use an ISO 4217 code such as EUR)</source>
        <translation>devise inconnue «&#xa0;%1&#xa0;» (utilisez un code ISO 4217 comme EUR)</translation>
    </message>
    <message>
        <source>the euro equivalent must be in EUR</source>
        <translation>l&apos;équivalent en euros doit être en EUR</translation>
    </message>
</context>
<context>
    <name>DescribeAction</name>
    <message>
        <source>&amp;Describe...</source>
        <translation>Décrire la &amp;vue...</translation>
    </message>
    <message>
        <source>The view in words, with its data as a table: a text alternative to read, copy or quote</source>
        <translation>La vue décrite par des phrases, avec ses données sous forme de tableau&#xa0;: un texte de remplacement à lire, copier ou citer</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Frise chronologique</translation>
    </message>
    <message>
        <source>Cumulative fines</source>
        <translation>Amendes cumulées</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>Par pays</translation>
    </message>
</context>
<context>
    <name>DescribeCommand</name>
    <message>
        <source>presentation: the lecture script, by its name in the database or a .json file (default: one step per matching decision).</source>
        <translation>presentation&#xa0;: le scénario de cours, par son nom dans la base de données ou un fichier .json (par défaut&#xa0;: une étape par décision correspondante).</translation>
    </message>
    <message>
        <source>name|file</source>
        <translation>nom|fichier</translation>
    </message>
    <message>
        <source>expected the view to describe: %1</source>
        <translation>vue à décrire attendue&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown view &apos;%1&apos; (expected %2)</source>
        <translation>vue inconnue «&#xa0;%1&#xa0;» (attendu&#xa0;: %2)</translation>
    </message>
    <message>
        <source>--script: only the presentation view takes it</source>
        <translation>--script&#xa0;: seule la vue presentation l&apos;accepte</translation>
    </message>
    <message>
        <source>--script: expected a script&apos;s name or a file</source>
        <translation>--script&#xa0;: nom de scénario ou fichier attendu</translation>
    </message>
    <message>
        <source>no decision matches the filters</source>
        <translation>aucune décision ne correspond aux filtres</translation>
    </message>
</context>
<context>
    <name>DescribeDialog</name>
    <message>
        <source>Describe</source>
        <translation>Décrire la vue</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Vue&#xa0;:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the whole description to the clipboard</source>
        <translation>Copier toute la description dans le presse-papiers</translation>
    </message>
</context>
<context>
    <name>DetailHtml</name>
    <message>
        <source>Select a decision to see everything about it.</source>
        <translation>Sélectionnez une décision pour tout voir à son sujet.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Notes on the legal basis</source>
        <translation>Notes sur la base juridique</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Injonctions</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Suite donnée</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Faits</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Changed by you since the bundled data was loaded.</source>
        <translation>Modifiée par vous depuis le chargement des données intégrées.</translation>
    </message>
    <message>
        <source>Medium confidence:</source>
        <translation>Fiabilité moyenne&#xa0;:</translation>
    </message>
    <message>
        <source>this record rests on a single source.</source>
        <translation>cette fiche repose sur une seule source.</translation>
    </message>
    <message>
        <source>Caveats</source>
        <translation>Réserves</translation>
    </message>
    <message>
        <source>Adopted:</source>
        <translation>Adoptée&#xa0;:</translation>
    </message>
    <message>
        <source>Announced:</source>
        <translation>Annoncée&#xa0;:</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Montant&#xa0;:</translation>
    </message>
    <message>
        <source>not converted</source>
        <translation>non converti</translation>
    </message>
    <message>
        <source>Euro equivalent:</source>
        <translation>Équivalent en euros&#xa0;:</translation>
    </message>
    <message>
        <source>Counted in the cumulative total of fines.</source>
        <translation>Compté dans le total cumulé des amendes.</translation>
    </message>
    <message>
        <source>Not counted in the cumulative total of fines.</source>
        <translation>Non compté dans le total cumulé des amendes.</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Montants</translation>
    </message>
    <message>
        <source>Per day:</source>
        <translation>Par jour&#xa0;:</translation>
    </message>
    <message>
        <source>Maximum total:</source>
        <translation>Total maximal&#xa0;:</translation>
    </message>
    <message>
        <source>Starts:</source>
        <translation>Début&#xa0;:</translation>
    </message>
    <message>
        <source>Instrument:</source>
        <translation>Instrument&#xa0;:</translation>
    </message>
    <message>
        <source>Liquidated in:</source>
        <translation>Liquidée par&#xa0;:</translation>
    </message>
    <message>
        <source>Periodic penalty</source>
        <translation>Astreinte</translation>
    </message>
    <message>
        <source>Law:</source>
        <translation>Texte applicable&#xa0;:</translation>
    </message>
    <message>
        <source>Provisions violated:</source>
        <translation>Dispositions enfreintes&#xa0;:</translation>
    </message>
    <message>
        <source>Art. %1: %2</source>
        <translation>Art. %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base juridique</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historique&#xa0;:</translation>
    </message>
    <message>
        <source>standing</source>
        <translation>en vigueur</translation>
    </message>
    <message>
        <source>not standing</source>
        <translation>pas en vigueur</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Related decisions</source>
        <translation>Décisions liées</translation>
    </message>
    <message>
        <source>Record id: %1</source>
        <translation>Identifiant de la fiche&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>(link not opened: only http/https)</source>
        <translation>(lien non ouvert&#xa0;: http/https uniquement)</translation>
    </message>
    <message>
        <source>language: %1</source>
        <translation>langue&#xa0;: %1</translation>
    </message>
    <message>
        <source>(no public address)</source>
        <translation>(pas d&apos;adresse publique)</translation>
    </message>
    <message>
        <source>Confirms:</source>
        <translation>Confirme&#xa0;:</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>High: an official source or two independent sources.</source>
        <translation>Élevée&#xa0;: une source officielle ou deux sources indépendantes.</translation>
    </message>
    <message>
        <source>Medium:</source>
        <translation>Moyenne&#xa0;:</translation>
    </message>
    <message>
        <source>a single source.</source>
        <translation>une seule source.</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <source>Uncertain:</source>
        <translation>Incertain&#xa0;:</translation>
    </message>
    <message>
        <source>(not in the database)</source>
        <translation>(absente de la base de données)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>(in French)</source>
        <translation>(en français)</translation>
    </message>
    <message>
        <source>(in English)</source>
        <translation>(en anglais)</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>Decision details</source>
        <translation>Détails de la décision</translation>
    </message>
</context>
<context>
    <name>ExactAmount</name>
    <message>
        <source>unknown currency &apos;%1&apos;</source>
        <translation>devise inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a plain number (write it like 7552800 or 7552800.50, without spaces, thousands separators or exponent)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre simple (écrivez-le comme 7552800 ou 7552800.50, sans espaces, séparateurs de milliers ni exposant)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is negative: amounts must not be negative</source>
        <translation>«&#xa0;%1&#xa0;» est négatif&#xa0;: les montants ne doivent pas être négatifs</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has more decimals than %2 has (%3)</source>
        <translation>«&#xa0;%1&#xa0;» a plus de décimales que n&apos;en a %2 (%3)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large: it does not fit exactly in 64-bit minor units</source>
        <translation>«&#xa0;%1&#xa0;» est trop grand&#xa0;: il ne tient pas exactement en unités mineures sur 64 bits</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has too many significant digits to be kept exactly with decimals (at most 15; whole amounts may be larger)</source>
        <translation>«&#xa0;%1&#xa0;» a trop de chiffres significatifs pour être conservé exactement avec des décimales (15 au plus&#xa0;; les montants entiers peuvent être plus grands)</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Export &amp;Timeline...</source>
        <translation>Exporter la &amp;frise chronologique...</translation>
    </message>
    <message>
        <source>Export &amp;Chart...</source>
        <translation>Exporter le &amp;graphique...</translation>
    </message>
    <message>
        <source>&amp;Print Timeline...</source>
        <translation>&amp;Imprimer la frise chronologique...</translation>
    </message>
    <message>
        <source>P&amp;rint Chart...</source>
        <translation>Impri&amp;mer le graphique...</translation>
    </message>
    <message>
        <source>Copy Timeline &amp;Image</source>
        <translation>Copier l&apos;image de la &amp;frise</translation>
    </message>
    <message>
        <source>Copy C&amp;hart Image</source>
        <translation>Copier l&apos;image du &amp;graphique</translation>
    </message>
    <message>
        <source>Copy Ci&amp;tation</source>
        <translation>Copier la men&amp;tion de source</translation>
    </message>
    <message>
        <source>Copy the source, data version and filters of what is shown, to quote with a figure</source>
        <translation>Copier la source, la version des données et les filtres de ce qui est affiché, à citer avec une figure</translation>
    </message>
    <message>
        <source>Citation copied to the clipboard</source>
        <translation>Mention de source copiée dans le presse-papiers</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Imprimer %1</translation>
    </message>
    <message>
        <source>Image copied to the clipboard (%1 x %2)</source>
        <translation>Image copiée dans le presse-papiers (%1 x %2)</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Rien à exporter</translation>
    </message>
    <message>
        <source>No decision matches the filters. Clear or widen them (Edit &gt; Clear Filters) to export a figure.</source>
        <translation>Aucune décision ne correspond aux filtres. Effacez-les ou élargissez-les (Édition &gt; Effacer les filtres) pour exporter une figure.</translation>
    </message>
    <message>
        <source>%1 was written, but not its text file: %2</source>
        <translation>%1 a été écrit, mais pas son fichier texte&#xa0;: %2</translation>
    </message>
    <message>
        <source>Exported %1, with its description and citation in %2</source>
        <translation>%1 exporté, avec sa description et sa mention de source dans %2</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>The canvas: slide-1080 (1920x1080, the default), slide-720 (1280x720), 4k (3840x2160), 4x3 (1600x1200), a4 or letter (landscape pages at 300 dpi).</source>
        <translation>Le format&#xa0;: slide-1080 (1920x1080, par défaut), slide-720 (1280x720), 4k (3840x2160), 4x3 (1600x1200), a4 ou letter (pages en paysage à 300 dpi).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>A canvas of your own, in pixels, at 96 dpi unless --dpi says otherwise.</source>
        <translation>Un format personnalisé, en pixels, à 96 dpi sauf indication contraire de --dpi.</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>LxH</translation>
    </message>
    <message>
        <source>Pixels per inch (%1 to %2). a4 and letter keep their page and get more or fewer pixels; other canvases keep their pixels and draw everything larger as N grows (3840x2160 at 192 dpi is the Full HD slide, twice as sharp).</source>
        <translation>Pixels par pouce (%1 à %2). a4 et letter gardent leur page et reçoivent plus ou moins de pixels&#xa0;; les autres formats gardent leurs pixels et dessinent tout en plus grand à mesure que N augmente (3840x2160 à 192 dpi donne la diapositive Full HD, deux fois plus nette).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>%1 (default: light).</source>
        <translation>%1 (par défaut&#xa0;: light).</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>thème</translation>
    </message>
    <message>
        <source>Leave the background out (PNG and SVG).</source>
        <translation>Omettre l&apos;arrière-plan (PNG et SVG).</translation>
    </message>
    <message>
        <source>The title over the figure (default: what the view shows).</source>
        <translation>Le titre au-dessus de la figure (par défaut&#xa0;: ce que montre la vue).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>The line under the title (default: how many decisions, where and when).</source>
        <translation>La ligne sous le titre (par défaut&#xa0;: combien de décisions, où et quand).</translation>
    </message>
    <message>
        <source>No title and no subtitle.</source>
        <translation>Ni titre ni sous-titre.</translation>
    </message>
    <message>
        <source>No citation under the figure (FILE.txt is still written).</source>
        <translation>Pas de mention de source sous la figure (FICHIER.txt est tout de même écrit).</translation>
    </message>
    <message>
        <source>Also draw: db-size (Clearview&apos;s claimed database size, on the cumulative chart).</source>
        <translation>Dessiner aussi&#xa0;: db-size (taille revendiquée de la base d&apos;images de Clearview, sur le graphique cumulé).</translation>
    </message>
    <message>
        <source>presentation: the lecture script, by its name in the database or a .json file (default: one step per matching decision).</source>
        <translation>presentation&#xa0;: le scénario de cours, par son nom dans la base de données ou un fichier .json (par défaut&#xa0;: une étape par décision correspondante).</translation>
    </message>
    <message>
        <source>name|file</source>
        <translation>nom|fichier</translation>
    </message>
    <message>
        <source>presentation: add a handout page with the speaker notes after each step.</source>
        <translation>presentation&#xa0;: ajouter après chaque étape une page à distribuer, avec les notes de l&apos;intervenant.</translation>
    </message>
    <message>
        <source>--size and --preset: give one of them</source>
        <translation>--size et --preset&#xa0;: indiquez l&apos;un ou l&apos;autre</translation>
    </message>
    <message>
        <source>--preset: unknown preset &apos;%1&apos; (expected %2)</source>
        <translation>--preset&#xa0;: préréglage inconnu «&#xa0;%1&#xa0;» (attendu&#xa0;: %2)</translation>
    </message>
    <message>
        <source>--size: expected %1</source>
        <translation>--size&#xa0;: format attendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>--dpi: expected a whole number from %1 to %2, not &apos;%3&apos;</source>
        <translation>--dpi&#xa0;: nombre entier de %1 à %2 attendu, et non «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>--dpi %1: %2 would be %3x%4 pixels; expected %5</source>
        <translation>--dpi %1&#xa0;: %2 donnerait %3x%4 pixels&#xa0;; attendu&#xa0;: %5</translation>
    </message>
    <message>
        <source>--no-title: cannot be combined with --title or --subtitle</source>
        <translation>--no-title&#xa0;: ne peut pas être combiné avec --title ou --subtitle</translation>
    </message>
    <message>
        <source>--title: expected a text (--no-title leaves the title out)</source>
        <translation>--title&#xa0;: texte attendu (--no-title omet le titre)</translation>
    </message>
    <message>
        <source>--subtitle: expected a text (--no-title leaves the title and subtitle out)</source>
        <translation>--subtitle&#xa0;: texte attendu (--no-title omet le titre et le sous-titre)</translation>
    </message>
    <message>
        <source>--overlay: unknown overlay &apos;%1&apos; (expected db-size)</source>
        <translation>--overlay&#xa0;: superposition inconnue «&#xa0;%1&#xa0;» (attendu&#xa0;: db-size)</translation>
    </message>
    <message>
        <source>--overlay: expected db-size</source>
        <translation>--overlay&#xa0;: db-size attendu</translation>
    </message>
    <message>
        <source>--overlay db-size: only the cumulative and dashboard views draw it</source>
        <translation>--overlay db-size&#xa0;: seules les vues cumulative et dashboard l&apos;affichent</translation>
    </message>
    <message>
        <source>--%1: only the presentation view takes it</source>
        <translation>--%1&#xa0;: seule la vue presentation l&apos;accepte</translation>
    </message>
    <message>
        <source>-o: the presentation is a PDF deck: &apos;%1&apos; must end in .pdf</source>
        <translation>-o&#xa0;: la présentation est un diaporama PDF&#xa0;: «&#xa0;%1&#xa0;» doit se terminer par .pdf</translation>
    </message>
    <message>
        <source>--%1: not used by the presentation (its pages are 16:9 slides)</source>
        <translation>--%1&#xa0;: non utilisé par la présentation (ses pages sont des diapositives 16:9)</translation>
    </message>
    <message>
        <source>--script: expected a script&apos;s name or a file</source>
        <translation>--script&#xa0;: nom de scénario ou fichier attendu</translation>
    </message>
    <message>
        <source>expected the view to export: %1</source>
        <translation>vue à exporter attendue&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown view &apos;%1&apos; (expected %2 or presentation)</source>
        <translation>vue inconnue «&#xa0;%1&#xa0;» (attendu&#xa0;: %2 ou presentation)</translation>
    </message>
    <message>
        <source>-o FILE is required</source>
        <translation>-o FICHIER est obligatoire</translation>
    </message>
    <message>
        <source>-o: &apos;%1&apos; must end in .png, .svg or .pdf</source>
        <translation>-o&#xa0;: «&#xa0;%1&#xa0;» doit se terminer par .png, .svg ou .pdf</translation>
    </message>
    <message>
        <source>--theme: unknown theme &apos;%1&apos; (expected %2)</source>
        <translation>--theme&#xa0;: thème inconnu «&#xa0;%1&#xa0;» (attendu&#xa0;: %2)</translation>
    </message>
    <message>
        <source>--transparent: a PDF page cannot be transparent (use .png or .svg)</source>
        <translation>--transparent&#xa0;: une page PDF ne peut pas être transparente (utilisez .png ou .svg)</translation>
    </message>
    <message>
        <source>no decision matches the filters; nothing written</source>
        <translation>aucune décision ne correspond aux filtres&#xa0;; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>The file to write: .png, .svg or .pdf. Its description (the text alternative: sentences, then the data as a table) and its citation are written beside it as FILE.txt (e.g. chart.png.txt).</source>
        <translation>Le fichier à écrire&#xa0;: .png, .svg ou .pdf. Sa description (le texte de remplacement&#xa0;: des phrases, puis les données sous forme de tableau) et sa mention de source sont écrites à côté, dans FICHIER.txt (p. ex. chart.png.txt).</translation>
    </message>
    <message>
        <source>Leave the description out of FILE.txt: the citation alone.</source>
        <translation>Ne pas écrire la description dans FICHIER.txt&#xa0;: seulement la mention de source.</translation>
    </message>
    <message>
        <source>%1 was written, but not its text file: %2</source>
        <translation>%1 a été écrit, mais pas son fichier texte&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ExportDataCommand</name>
    <message>
        <source>The file to write: .json (every field) or .csv.</source>
        <translation>Le fichier à écrire&#xa0;: .json (tous les champs) ou .csv.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>-o FILE.json or -o FILE.csv is required</source>
        <translation>-o FICHIER.json ou -o FICHIER.csv est obligatoire</translation>
    </message>
    <message>
        <source>-o: &apos;%1&apos; must end in .json or .csv</source>
        <translation>-o&#xa0;: «&#xa0;%1&#xa0;» doit se terminer par .json ou .csv</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export %1</source>
        <translation>Exporter %1</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Parcourir...</translation>
    </message>
    <message>
        <source>&amp;File (.png, .svg, .pdf):</source>
        <translation>&amp;Fichier (.png, .svg, .pdf)&#xa0;:</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>Taille personnalisée</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Taille&#xa0;:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Pixels per inch: 96 draws at screen size, 192 draws the same figure twice as sharp.</source>
        <translation>Pixels par pouce&#xa0;: à 96, la figure est dessinée à la taille de l&apos;écran&#xa0;; à 192, la même figure est deux fois plus nette.</translation>
    </message>
    <message>
        <source>&amp;Width, height, dpi:</source>
        <translation>&amp;Largeur, hauteur, dpi&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>T&amp;hème&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;itle and subtitle</source>
        <translation>T&amp;itre et sous-titre</translation>
    </message>
    <message>
        <source>Tit&amp;le:</source>
        <translation>Tit&amp;re&#xa0;:</translation>
    </message>
    <message>
        <source>Su&amp;btitle:</source>
        <translation>So&amp;us-titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Citation under the figure (source, date of the data, filters)</source>
        <translation>&amp;Mention de source sous la figure (source, date des données, filtres)</translation>
    </message>
    <message>
        <source>Transparent b&amp;ackground (PNG and SVG)</source>
        <translation>&amp;Arrière-plan transparent (PNG et SVG)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg);;Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The file name must end in .png, .svg or .pdf.</source>
        <translation>Le nom du fichier doit se terminer par .png, .svg ou .pdf.</translation>
    </message>
    <message>
        <source>A PDF page cannot be transparent: choose PNG or SVG, or an opaque background.</source>
        <translation>Une page PDF ne peut pas être transparente&#xa0;: choisissez PNG ou SVG, ou un arrière-plan opaque.</translation>
    </message>
    <message>
        <source>The image must be %1.</source>
        <translation>L&apos;image doit être au format %1.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist and cannot be created.</source>
        <translation>Le dossier %1 n&apos;existe pas et ne peut pas être créé.</translation>
    </message>
</context>
<context>
    <name>ExportPreset</name>
    <message>
        <source>Slide, Full HD (%1)</source>
        <translation>Diapositive, Full HD (%1)</translation>
    </message>
    <message>
        <source>Slide, HD (%1)</source>
        <translation>Diapositive, HD (%1)</translation>
    </message>
    <message>
        <source>Slide, 4K (%1)</source>
        <translation>Diapositive, 4K (%1)</translation>
    </message>
    <message>
        <source>Slide, 4:3 (%1)</source>
        <translation>Diapositive, 4:3 (%1)</translation>
    </message>
    <message>
        <source>A4 landscape, %1 dpi</source>
        <translation>A4 paysage, %1 dpi</translation>
    </message>
    <message>
        <source>US Letter landscape, %1 dpi</source>
        <translation>US Letter paysage, %1 dpi</translation>
    </message>
    <message>
        <source>Custom (%1)</source>
        <translation>Personnalisé (%1)</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
</context>
<context>
    <name>ExportViews</name>
    <message>
        <source>Fines imposed on Clearview AI over time</source>
        <translation>Amendes infligées à Clearview AI au fil du temps</translation>
    </message>
    <message>
        <source>Money imposed on Clearview AI, by country</source>
        <translation>Montants infligés à Clearview AI, par pays</translation>
    </message>
    <message>
        <source>Clearview AI: enforcement decisions and fines</source>
        <translation>Clearview AI&#xa0;: décisions répressives et amendes</translation>
    </message>
    <message>
        <source>Decisions against Clearview AI</source>
        <translation>Décisions visant Clearview AI</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 in %2 countries</source>
        <translation>%1 dans %2 pays</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1, de %2 à %3</translation>
    </message>
    <message>
        <source>caseline: enforcement dashboard</source>
        <translation>caseline&#xa0;: tableau de bord des mesures répressives</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln decision(s)</source>
        <translation>
            <numerusform>%Ln décision</numerusform>
            <numerusform>%Ln décisions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Show only decisions from these countries</source>
        <translation>N&apos;afficher que les décisions de ces pays</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>Decision types</source>
        <translation>Types de décision</translation>
    </message>
    <message>
        <source>Show only decisions of these types</source>
        <translation>N&apos;afficher que les décisions de ces types</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Limit to decisions from a date</source>
        <translation>Limiter aux décisions à partir d&apos;une date</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Limit to decisions up to a date</source>
        <translation>Limiter aux décisions jusqu&apos;à une date</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Show only decisions against this target, e.g. a police force</source>
        <translation>N&apos;afficher que les décisions visant cette cible, p. ex. un service de police</translation>
    </message>
    <message>
        <source>Search (accents and case ignored)</source>
        <translation>Rechercher (sans tenir compte des accents ni de la casse)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Every word must occur in the decision (%1)</source>
        <translation>Chaque mot doit figurer dans la décision (%1)</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Tout effacer</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Effacer tous les filtres</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n countries</source>
        <translation>
            <numerusform>%n pays</numerusform>
            <numerusform>%n pays</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n types</source>
        <translation>
            <numerusform>%n type</numerusform>
            <numerusform>%n types</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterOptions</name>
    <message>
        <source>--%1: &apos;%2&apos; is not a valid date (expected YYYY-MM-DD)</source>
        <translation>--%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une date valide (attendu&#xa0;: AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Only decisions of these countries: ISO 3166-1 codes, comma-separated (e.g. FR,IT).</source>
        <translation>Uniquement les décisions de ces pays&#xa0;: codes ISO 3166-1, séparés par des virgules (p. ex. FR,IT).</translation>
    </message>
    <message>
        <source>codes</source>
        <translation>codes</translation>
    </message>
    <message>
        <source>Only decisions of these types, comma-separated: %1.</source>
        <translation>Uniquement les décisions de ces types, séparés par des virgules&#xa0;: %1.</translation>
    </message>
    <message>
        <source>types</source>
        <translation>types</translation>
    </message>
    <message>
        <source>Only decisions dated on or after this day (YYYY-MM-DD).</source>
        <translation>Uniquement les décisions datées de ce jour ou d&apos;une date postérieure (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Only decisions dated on or before this day (YYYY-MM-DD).</source>
        <translation>Uniquement les décisions datées de ce jour ou d&apos;une date antérieure (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Only decisions whose target contains these words (case and accents ignored).</source>
        <translation>Uniquement les décisions dont la cible contient ces mots (sans tenir compte de la casse ni des accents).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>Only decisions mentioning these words in any field (case and accents ignored).</source>
        <translation>Uniquement les décisions qui mentionnent ces mots dans un champ quelconque (sans tenir compte de la casse ni des accents).</translation>
    </message>
    <message>
        <source>The date that --from, --to and sorting use: adopted or announced (default: adopted).</source>
        <translation>La date utilisée par --from, --to et le tri&#xa0;: adopted ou announced (par défaut&#xa0;: adopted).</translation>
    </message>
    <message>
        <source>basis</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>--country: unknown country code &apos;%1&apos; (expected ISO 3166-1 alpha-2 codes such as FR or IT)</source>
        <translation>--country&#xa0;: code pays inconnu «&#xa0;%1&#xa0;» (attendu&#xa0;: codes ISO 3166-1 alpha-2 comme FR ou IT)</translation>
    </message>
    <message>
        <source>--type: unknown decision type &apos;%1&apos; (expected one of: %2)</source>
        <translation>--type&#xa0;: type de décision inconnu «&#xa0;%1&#xa0;» (attendu&#xa0;: l&apos;un de %2)</translation>
    </message>
    <message>
        <source>--country: expected at least one country code</source>
        <translation>--country&#xa0;: au moins un code pays attendu</translation>
    </message>
    <message>
        <source>--type: expected at least one decision type</source>
        <translation>--type&#xa0;: au moins un type de décision attendu</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 est postérieur à --to %2</translation>
    </message>
    <message>
        <source>--date-basis: unknown date basis &apos;%1&apos; (expected adopted or announced)</source>
        <translation>--date-basis&#xa0;: date de référence inconnue «&#xa0;%1&#xa0;» (attendu&#xa0;: adopted ou announced)</translation>
    </message>
</context>
<context>
    <name>ImageSize</name>
    <message>
        <source>WIDTHxHEIGHT between %1x%1 and %2x%2, e.g. 1920x1080</source>
        <translation>LARGEURxHAUTEUR entre %1x%1 et %2x%2, p. ex. 1920x1080</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Check the file and show what would change, without writing anything.</source>
        <translation>Vérifier le fichier et montrer ce qui changerait, sans rien écrire.</translation>
    </message>
    <message>
        <source>List each new and updated decision, with the fields that change.</source>
        <translation>Lister chaque décision nouvelle ou mise à jour, avec les champs qui changent.</translation>
    </message>
    <message>
        <source>expected the file to import (.json or .csv)</source>
        <translation>fichier à importer attendu (.json ou .csv)</translation>
    </message>
    <message numerus="yes">
        <source>caseline import: %n error(s); nothing was imported.</source>
        <translation>
            <numerusform>caseline import&#xa0;: %n erreur&#xa0;; rien n&apos;a été importé.</numerusform>
            <numerusform>caseline import&#xa0;: %n erreurs&#xa0;; rien n&apos;a été importé.</numerusform>
        </translation>
    </message>
    <message>
        <source>caseline import: %1</source>
        <translation>caseline import&#xa0;: %1</translation>
    </message>
    <message>
        <source>Run with --verbose to list each new and updated decision.</source>
        <translation>Relancez avec --verbose pour lister chaque décision nouvelle ou mise à jour.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Simulation&#xa0;: rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Imported %1 new and %2 updated decision(s).</source>
        <translation>Importé&#xa0;: %1 décision(s) nouvelle(s) et %2 mise(s) à jour.</translation>
    </message>
</context>
<context>
    <name>ImportValidator</name>
    <message>
        <source>%1 GB (%2 bytes)</source>
        <translation>%1 Go (%2 octets)</translation>
    </message>
    <message>
        <source>%1 MB (%2 bytes)</source>
        <translation>%1 Mo (%2 octets)</translation>
    </message>
    <message>
        <source>the file is larger than %1, the most an import reads</source>
        <translation>le fichier dépasse %1, le maximum qu&apos;une importation peut lire</translation>
    </message>
    <message>
        <source>this decision takes more than %1, the most one decision may take</source>
        <translation>cette décision occupe plus de %1, le maximum autorisé pour une décision</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more problem(s) not listed</source>
        <translation>
            <numerusform>%1&#xa0;: %n autre problème non listé</numerusform>
            <numerusform>%1&#xa0;: %n autres problèmes non listés</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>contains NUL bytes: a binary or UTF-16 file is neither CSV nor JSON (save it as UTF-8 text)</source>
        <translation>contient des octets NUL&#xa0;: un fichier binaire ou UTF-16 n&apos;est ni du CSV ni du JSON (enregistrez-le en texte UTF-8)</translation>
    </message>
    <message>
        <source>not valid UTF-8 text: save the file as UTF-8</source>
        <translation>texte UTF-8 non valide&#xa0;: enregistrez le fichier en UTF-8</translation>
    </message>
    <message>
        <source>neither CSV (a header row of comma-separated column names) nor JSON (an array of decisions)</source>
        <translation>ni du CSV (une ligne d&apos;en-tête de noms de colonnes séparés par des virgules) ni du JSON (un tableau de décisions)</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels; a decision needs at most 4</source>
        <translation>imbrication sur plus de %1 niveaux&#xa0;; une décision en nécessite 4 au plus</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected an array of decisions: [ {...}, {...} ]</source>
        <translation>tableau de décisions attendu&#xa0;: [ {...}, {...} ]</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <source>the file holds no decisions</source>
        <translation>le fichier ne contient aucune décision</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>contient un caractère NUL</translation>
    </message>
    <message>
        <source>contains an unpaired UTF-16 surrogate (\u%1), which is not text</source>
        <translation>contient un substitut UTF-16 isolé (\u%1), qui n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a usable id: use at most 100 letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; or &apos;:&apos;, starting with a letter or digit</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant utilisable&#xa0;: utilisez au plus 100 lettres, chiffres, «&#xa0;-&#xa0;», «&#xa0;_&#xa0;», «&#xa0;.&#xa0;» ou «&#xa0;:&#xa0;», en commençant par une lettre ou un chiffre</translation>
    </message>
    <message>
        <source>unknown country code &apos;%1&apos; (codes are upper case: &apos;%2&apos;)</source>
        <translation>code pays inconnu «&#xa0;%1&#xa0;» (les codes sont en majuscules&#xa0;: «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>unknown country code &apos;%1&apos; (use ISO 3166-1 alpha-2, e.g. FR)</source>
        <translation>code pays inconnu «&#xa0;%1&#xa0;» (utilisez ISO 3166-1 alpha-2, p. ex. FR)</translation>
    </message>
    <message>
        <source>unknown decision type &apos;%1&apos; (one of %2)</source>
        <translation>type de décision inconnu «&#xa0;%1&#xa0;» (l&apos;un de %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http or https link</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un lien http ou https</translation>
    </message>
    <message>
        <source>%1 characters, longer than the %2 this field may hold</source>
        <translation>%1 caractères, plus que les %2 que ce champ peut contenir</translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos; (first on line %2)</source>
        <translation>identifiant en double «&#xa0;%1&#xa0;» (première occurrence à la ligne %2)</translation>
    </message>
    <message>
        <source>a decision cannot be related to itself</source>
        <translation>une décision ne peut pas être liée à elle-même</translation>
    </message>
    <message>
        <source>unknown decision id(s) &apos;%1&apos;: neither in this file nor in the database</source>
        <translation>identifiant(s) de décision inconnu(s) «&#xa0;%1&#xa0;»&#xa0;: ni dans ce fichier ni dans la base de données</translation>
    </message>
    <message>
        <source>unknown decision id &apos;%1&apos;: neither in this file nor in the database</source>
        <translation>identifiant de décision inconnu «&#xa0;%1&#xa0;»&#xa0;: ni dans ce fichier ni dans la base de données</translation>
    </message>
    <message>
        <source>%1 is not a plausible date for a decision (years %2 to %3)</source>
        <translation>%1 n&apos;est pas une date plausible pour une décision (années %2 à %3)</translation>
    </message>
    <message>
        <source>amount must not be negative</source>
        <translation>le montant ne doit pas être négatif</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true ou false attendu</translation>
    </message>
    <message>
        <source>unknown currency &apos;%1&apos;</source>
        <translation>devise inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid date (YYYY-MM-DD)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date valide (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>chaîne attendue</translation>
    </message>
    <message>
        <source>appears more than once in this decision</source>
        <translation>apparaît plus d&apos;une fois dans cette décision</translation>
    </message>
    <message>
        <source>unknown field (the fields are listed in the README)</source>
        <translation>champ inconnu (les champs sont listés dans le README)</translation>
    </message>
    <message numerus="yes">
        <source>%n French text(s), but %1 has %2: give one French text for each English one, in the same order, or none</source>
        <translation>
            <numerusform>%n texte français, mais %1 en a %2&#xa0;: donnez un texte français pour chaque texte anglais, dans le même ordre, ou aucun</numerusform>
            <numerusform>%n textes français, mais %1 en a %2&#xa0;: donnez un texte français pour chaque texte anglais, dans le même ordre, ou aucun</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LectureActions</name>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Présenter</translation>
    </message>
    <message>
        <source>Present the decisions the filters show, one step each, from the first</source>
        <translation>Présenter les décisions affichées par les filtres, une étape chacune, à partir de la première</translation>
    </message>
    <message>
        <source>Present from &amp;Selected Decision</source>
        <translation>Présenter à partir de la décision sé&amp;lectionnée</translation>
    </message>
    <message>
        <source>Present the decisions the filters show, from the selected one</source>
        <translation>Présenter les décisions affichées par les filtres, à partir de celle qui est sélectionnée</translation>
    </message>
    <message>
        <source>Nothing to present</source>
        <translation>Rien à présenter</translation>
    </message>
    <message>
        <source>No dated decision matches the filters. Clear a filter to present the decisions.</source>
        <translation>Aucune décision datée ne correspond aux filtres. Effacez un filtre pour présenter les décisions.</translation>
    </message>
    <message>
        <source>Steps left out</source>
        <translation>Étapes omises</translation>
    </message>
    <message>
        <source>Some steps name decisions this database does not have; they are left out of the lecture:

%1</source>
        <translation>Certaines étapes désignent des décisions absentes de cette base de données&#xa0;; elles sont omises du cours&#xa0;:

%1</translation>
    </message>
    <message>
        <source>The script &apos;%1&apos; has no step to present.</source>
        <translation>Le scénario «&#xa0;%1&#xa0;» n&apos;a aucune étape à présenter.</translation>
    </message>
</context>
<context>
    <name>LectureAudienceView</name>
    <message>
        <source>caseline lecture</source>
        <translation>Cours caseline</translation>
    </message>
    <message numerus="yes">
        <source>Advancing every %n second(s)</source>
        <translation>
            <numerusform>Avance automatique&#xa0;: %n seconde par étape</numerusform>
            <numerusform>Avance automatique&#xa0;: %n secondes par étape</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-advance off</source>
        <translation>Avance automatique désactivée</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Go to step %1</source>
        <translation>Aller à l&apos;étape %1</translation>
    </message>
</context>
<context>
    <name>LectureDeck</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>non datée</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>LectureDeckPdf</name>
    <message>
        <source>(no notes)</source>
        <translation>(aucune note)</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>impossible de commencer le PDF</translation>
    </message>
    <message>
        <source>cannot finish the PDF</source>
        <translation>impossible de terminer le PDF</translation>
    </message>
</context>
<context>
    <name>LectureDescription</name>
    <message>
        <source>%1 (%2)</source>
        <comment>an amount and its euro equivalent</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>Running totals: %1 imposed, %2 standing, %3 collected.</source>
        <translation>Totaux cumulés&#xa0;: %1 infligés, %2 en vigueur, %3 recouvrés.</translation>
    </message>
    <message>
        <source>Running totals on %1: %2 imposed, %3 standing, %4 collected.</source>
        <translation>Totaux cumulés au %1&#xa0;: %2 infligés, %3 en vigueur, %4 recouvrés.</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <comment>a country and a date</comment>
        <translation>%1, le %2.</translation>
    </message>
    <message>
        <source>%1, undated.</source>
        <comment>a country</comment>
        <translation>%1, sans date.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <comment>a decision type and its amount</comment>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>This amount is not in the totals.</source>
        <translation>Ce montant n&apos;est pas compté dans les totaux.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>Step %1 of %2.</source>
        <translation>Étape %1 sur %2.</translation>
    </message>
    <message>
        <source>The lecture has no step.</source>
        <translation>Le cours ne comporte aucune étape.</translation>
    </message>
    <message numerus="yes">
        <source>The lecture has %1 step(s).</source>
        <translation>
            <numerusform>Le cours comporte %1 étape.</numerusform>
            <numerusform>Le cours comporte %1 étapes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The lecture %1 has %2 step(s).</source>
        <translation>
            <numerusform>Le cours %1 comporte %2 étape.</numerusform>
            <numerusform>Le cours %1 comporte %2 étapes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its decisions are dated %1.</source>
        <translation>Ses décisions sont datées du %1.</translation>
    </message>
    <message>
        <source>Its decisions run from %1 to %2.</source>
        <translation>Ses décisions s&apos;étendent du %1 au %2.</translation>
    </message>
    <message>
        <source>By its last step: %1 imposed, %2 standing, %3 collected.</source>
        <translation>À sa dernière étape&#xa0;: %1 infligés, %2 en vigueur, %3 recouvrés.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Shows</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Imposed</source>
        <translation>Infligées</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Recouvrées</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <comment>authority, decision type, country</comment>
        <translation>%1, %2, %3</translation>
    </message>
</context>
<context>
    <name>LectureKeys</name>
    <message>
        <source>Right, Down, Page Down, Space, N, Enter</source>
        <translation>Droite, Bas, Page suivante, Espace, N, Entrée</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>Left, Up, Page Up, Backspace, P</source>
        <translation>Gauche, Haut, Page précédente, Retour arrière, P</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <source>Home, End</source>
        <translation>Début, Fin</translation>
    </message>
    <message>
        <source>First step, last step</source>
        <translation>Première étape, dernière étape</translation>
    </message>
    <message>
        <source>A number, then Enter</source>
        <translation>Un numéro, puis Entrée</translation>
    </message>
    <message>
        <source>Go to that step</source>
        <translation>Aller à cette étape</translation>
    </message>
    <message>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <source>Choose a step from the list</source>
        <translation>Choisir une étape dans la liste</translation>
    </message>
    <message>
        <source>B or .</source>
        <translation>B ou .</translation>
    </message>
    <message>
        <source>Black screen (any key returns)</source>
        <translation>Écran noir (n&apos;importe quelle touche pour revenir)</translation>
    </message>
    <message>
        <source>W or ,</source>
        <translation>W ou ,</translation>
    </message>
    <message>
        <source>White screen (any key returns)</source>
        <translation>Écran blanc (n&apos;importe quelle touche pour revenir)</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Advance automatically, on or off</source>
        <translation>Avance automatique, activée ou désactivée</translation>
    </message>
    <message>
        <source>[ and ]</source>
        <translation>[ et ]</translation>
    </message>
    <message>
        <source>Slower, faster</source>
        <translation>Plus lent, plus rapide</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Presenter view on or off (one screen); swap the screens (two)</source>
        <translation>Vue de l&apos;intervenant activée ou désactivée (un écran)&#xa0;; intervertir les écrans (deux)</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>These keys</source>
        <translation>Ces touches</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Leave lecture mode</source>
        <translation>Quitter le mode cours</translation>
    </message>
</context>
<context>
    <name>LecturePresenterView</name>
    <message>
        <source>caseline lecture: presenter view</source>
        <translation>Cours caseline&#xa0;: vue de l&apos;intervenant</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Étape en cours</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>Time since the lecture began</source>
        <translation>Temps écoulé depuis le début du cours</translation>
    </message>
    <message>
        <source>The time now</source>
        <translation>Heure actuelle</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>À suivre</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>Notes de l&apos;intervenant</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date&#xa0;: %1</translation>
    </message>
    <message>
        <source>Uncertain: %1</source>
        <translation>Incertain&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>LectureScriptChecks</name>
    <message>
        <source>not a valid date (YYYY-MM-DD)</source>
        <translation>date non valide (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>%1 is not a plausible date (years %2 to %3)</source>
        <translation>%1 n&apos;est pas une date plausible (années %2 à %3)</translation>
    </message>
    <message>
        <source>a decision step needs a decision id</source>
        <translation>une étape de décision doit avoir un identifiant de décision</translation>
    </message>
    <message>
        <source>a decision step has no title: make it a title step</source>
        <translation>une étape de décision n&apos;a pas de titre&#xa0;: faites-en une étape de titre</translation>
    </message>
    <message>
        <source>a decision step has no text: write it in the notes or a title step</source>
        <translation>une étape de décision n&apos;a pas de texte&#xa0;: écrivez-le dans les notes ou dans une étape de titre</translation>
    </message>
    <message>
        <source>a title step shows no decision: make it a decision step</source>
        <translation>une étape de titre ne montre aucune décision&#xa0;: faites-en une étape de décision</translation>
    </message>
    <message>
        <source>a title step needs a title</source>
        <translation>une étape de titre doit avoir un titre</translation>
    </message>
    <message>
        <source>from %1 is after to %2: a frame runs forward in time</source>
        <translation>le début (%1) est postérieur à la fin (%2)&#xa0;: un cadrage va du plus ancien au plus récent</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>étape %1</translation>
    </message>
    <message>
        <source>a lecture script needs a name</source>
        <translation>un scénario de cours doit avoir un nom</translation>
    </message>
    <message>
        <source>%1 steps, more than the %2 a lecture script may hold</source>
        <translation>%1 étapes, plus que les %2 qu&apos;un scénario de cours peut contenir</translation>
    </message>
    <message>
        <source>%1 characters, longer than the %2 this field may hold</source>
        <translation>%1 caractères, plus que les %2 que ce champ peut contenir</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>contient un caractère NUL</translation>
    </message>
    <message>
        <source>contains an unpaired UTF-16 surrogate (\u%1), which is not text</source>
        <translation>contient un substitut UTF-16 isolé (\u%1), qui n&apos;est pas du texte</translation>
    </message>
</context>
<context>
    <name>LectureScriptCommand</name>
    <message>
        <source>Add decision step %1</source>
        <translation>Ajout de l&apos;étape de décision %1</translation>
    </message>
    <message>
        <source>Add title step</source>
        <translation>Ajout d&apos;une étape de titre</translation>
    </message>
    <message>
        <source>Remove step %1</source>
        <translation>Retrait de l&apos;étape %1</translation>
    </message>
    <message>
        <source>Remove %1 steps</source>
        <translation>Retrait de %1 étapes</translation>
    </message>
    <message>
        <source>Move step %1 to %2</source>
        <translation>Déplacement de l&apos;étape %1 en position %2</translation>
    </message>
    <message>
        <source>Move %1 steps</source>
        <translation>Déplacement de %1 étapes</translation>
    </message>
    <message>
        <source>Edit notes of step %1</source>
        <translation>Modification des notes de l&apos;étape %1</translation>
    </message>
    <message>
        <source>Edit title of step %1</source>
        <translation>Modification du titre de l&apos;étape %1</translation>
    </message>
    <message>
        <source>Edit text of step %1</source>
        <translation>Modification du texte de l&apos;étape %1</translation>
    </message>
    <message>
        <source>Edit frame of step %1</source>
        <translation>Modification du cadrage de l&apos;étape %1</translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation>Modification de la description</translation>
    </message>
</context>
<context>
    <name>LectureScriptJson</name>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>attendu&#xa0;: %1&#xa0;; trouvé&#xa0;: %2</translation>
    </message>
    <message>
        <source>not a caseline lecture script: it has no &quot;caseline_lecture_script&quot;: %1</source>
        <translation>ce n&apos;est pas un scénario de cours caseline&#xa0;: il n&apos;a pas de &quot;caseline_lecture_script&quot;: %1</translation>
    </message>
    <message>
        <source>version %1 was written by a newer caseline; this one reads version %2</source>
        <translation>la version %1 a été écrite par une version plus récente de caseline&#xa0;; celle-ci lit la version %2</translation>
    </message>
    <message>
        <source>appears more than once</source>
        <translation>apparaît plus d&apos;une fois</translation>
    </message>
    <message>
        <source>missing: a lecture script needs a name</source>
        <translation>manquant&#xa0;: un scénario de cours doit avoir un nom</translation>
    </message>
    <message>
        <source>missing: list the steps, even none (&quot;steps&quot;: [])</source>
        <translation>manquant&#xa0;: listez les étapes, même s&apos;il n&apos;y en a aucune (&quot;steps&quot;: [])</translation>
    </message>
    <message>
        <source>an array of steps</source>
        <translation>un tableau d&apos;étapes</translation>
    </message>
    <message>
        <source>both &quot;decision&quot; and &quot;title&quot;: a step shows a decision or a title card, not both</source>
        <translation>à la fois &quot;decision&quot; et &quot;title&quot;&#xa0;: une étape montre une décision ou une diapositive de titre, pas les deux</translation>
    </message>
    <message>
        <source>neither &quot;decision&quot; nor &quot;title&quot;: say which decision the step shows, or give the title card a title</source>
        <translation>ni &quot;decision&quot; ni &quot;title&quot;&#xa0;: indiquez quelle décision l&apos;étape montre, ou donnez un titre à la diapositive de titre</translation>
    </message>
    <message>
        <source>only a title card has text; a decision step has notes</source>
        <translation>seule une diapositive de titre a un texte&#xa0;; une étape de décision a des notes</translation>
    </message>
    <message>
        <source>an object {&quot;from&quot;: &quot;YYYY-MM-DD&quot;, &quot;to&quot;: &quot;YYYY-MM-DD&quot;}</source>
        <translation>un objet {&quot;from&quot;: &quot;AAAA-MM-JJ&quot;, &quot;to&quot;: &quot;AAAA-MM-JJ&quot;}</translation>
    </message>
    <message>
        <source>missing: a frame needs both days</source>
        <translation>manquant&#xa0;: un cadrage doit avoir ses deux dates</translation>
    </message>
    <message>
        <source>a date &quot;YYYY-MM-DD&quot;</source>
        <translation>une date &quot;AAAA-MM-JJ&quot;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid date (YYYY-MM-DD)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date valide (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>champ inconnu</translation>
    </message>
    <message>
        <source>not valid UTF-8 text: save the file as UTF-8</source>
        <translation>texte UTF-8 non valide&#xa0;: enregistrez le fichier en UTF-8</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels; a lecture script needs at most %2</source>
        <translation>imbrication sur plus de %1 niveaux&#xa0;; un scénario de cours en nécessite %2 au plus</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected a lecture script: {&quot;caseline_lecture_script&quot;: %1, &quot;name&quot;: ..., &quot;steps&quot;: [...]}</source>
        <translation>scénario de cours attendu&#xa0;: {&quot;caseline_lecture_script&quot;: %1, &quot;name&quot;: ..., &quot;steps&quot;: [...]}</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more problem(s) not listed</source>
        <translation>
            <numerusform>%1&#xa0;: %n autre problème non listé</numerusform>
            <numerusform>%1&#xa0;: %n autres problèmes non listés</numerusform>
        </translation>
    </message>
    <message>
        <source>step %1: decision &apos;%2&apos; is not in this database; the step is kept and shows as missing until the decision is added</source>
        <translation>étape %1&#xa0;: la décision «&#xa0;%2&#xa0;» ne figure pas dans cette base de données&#xa0;; l&apos;étape est conservée et apparaît comme manquante jusqu&apos;à ce que la décision soit ajoutée</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>le fichier dépasse %1 Mo</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>contains NUL bytes: a binary or UTF-16 file is not a lecture script (save it as UTF-8 text)</source>
        <translation>contient des octets NUL&#xa0;: un fichier binaire ou UTF-16 n&apos;est pas un scénario de cours (enregistrez-le en texte UTF-8)</translation>
    </message>
</context>
<context>
    <name>LectureScriptModel</name>
    <message>
        <source>%1 (not in this database)</source>
        <translation>%1 (absente de cette base de données)</translation>
    </message>
</context>
<context>
    <name>LectureScriptPanel</name>
    <message>
        <source>Lecture Script: %1[*]</source>
        <translation>Scénario de cours&#xa0;: %1[*]</translation>
    </message>
    <message>
        <source>Lecture Script</source>
        <translation>Scénario de cours</translation>
    </message>
    <message>
        <source>This database is read-only: lecture scripts cannot be changed.</source>
        <translation>Cette base de données est en lecture seule&#xa0;: les scénarios de cours ne peuvent pas être modifiés.</translation>
    </message>
    <message>
        <source>This database is read-only: lecture scripts cannot be changed.
%1</source>
        <translation>Cette base de données est en lecture seule&#xa0;: les scénarios de cours ne peuvent pas être modifiés.
%1</translation>
    </message>
    <message>
        <source>Unsaved Lecture Script</source>
        <translation>Scénario de cours non enregistré</translation>
    </message>
    <message>
        <source>The lecture script &apos;%1&apos; has changes that are not saved. Save them?</source>
        <translation>Le scénario de cours «&#xa0;%1&#xa0;» comporte des modifications non enregistrées. Les enregistrer&#xa0;?</translation>
    </message>
    <message>
        <source>Save Lecture Script</source>
        <translation>Enregistrer le scénario de cours</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; was not saved: %n problem(s) to fix first; your changes are kept.
%2</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» n&apos;a pas été enregistré&#xa0;: %n problème à corriger d&apos;abord&#xa0;; vos modifications sont conservées.
%2</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» n&apos;a pas été enregistré&#xa0;: %n problèmes à corriger d&apos;abord&#xa0;; vos modifications sont conservées.
%2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Your changes are kept.</source>
        <translation>%1
Vos modifications sont conservées.</translation>
    </message>
    <message>
        <source>Saved &apos;%1&apos;.</source>
        <translation>«&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>Lecture Script Not Saved</source>
        <translation>Scénario de cours non enregistré</translation>
    </message>
    <message>
        <source>%1

Your changes are kept. Save them as a new script to keep both versions, or reload the stored script and drop them.</source>
        <translation>%1

Vos modifications sont conservées. Enregistrez-les comme nouveau scénario pour garder les deux versions, ou rechargez le scénario enregistré et abandonnez-les.</translation>
    </message>
    <message>
        <source>Save as New...</source>
        <translation>Enregistrer comme nouveau...</translation>
    </message>
    <message>
        <source>Reload Stored Script</source>
        <translation>Recharger le scénario enregistré</translation>
    </message>
    <message>
        <source>New Lecture Script</source>
        <translation>Nouveau scénario de cours</translation>
    </message>
    <message>
        <source>Made the lecture script &apos;%1&apos;: add decisions and title cards to it.</source>
        <translation>Scénario de cours «&#xa0;%1&#xa0;» créé&#xa0;: ajoutez-y des décisions et des diapositives de titre.</translation>
    </message>
    <message>
        <source>Rename Lecture Script</source>
        <translation>Renommer le scénario de cours</translation>
    </message>
    <message>
        <source>Renamed &apos;%1&apos; to &apos;%2&apos;.</source>
        <translation>«&#xa0;%1&#xa0;» renommé en «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Save as New Lecture Script</source>
        <translation>Enregistrer comme nouveau scénario de cours</translation>
    </message>
    <message>
        <source>Saved as &apos;%1&apos;; &apos;%2&apos; stays as it was stored.</source>
        <translation>Enregistré sous «&#xa0;%1&#xa0;»&#xa0;; «&#xa0;%2&#xa0;» reste tel qu&apos;il était enregistré.</translation>
    </message>
    <message>
        <source>Delete Lecture Script</source>
        <translation>Supprimer le scénario de cours</translation>
    </message>
    <message>
        <source>Deleted the lecture script &apos;%1&apos;.</source>
        <translation>Scénario de cours «&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message>
        <source>Name of the new lecture script:</source>
        <translation>Nom du nouveau scénario de cours&#xa0;:</translation>
    </message>
    <message>
        <source>New lecture</source>
        <translation>Nouveau cours</translation>
    </message>
    <message>
        <source>New name of the lecture script:</source>
        <translation>Nouveau nom du scénario de cours&#xa0;:</translation>
    </message>
    <message>
        <source>Name of the new lecture script (the stored one stays as it was):</source>
        <translation>Nom du nouveau scénario de cours (celui qui est enregistré reste inchangé)&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Delete the lecture script &apos;%1&apos; with its %n step(s) and its unsaved changes? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer le scénario de cours «&#xa0;%1&#xa0;», avec %n étape et ses modifications non enregistrées&#xa0;? Cette action est irréversible.</numerusform>
            <numerusform>Supprimer le scénario de cours «&#xa0;%1&#xa0;», avec ses %n étapes et ses modifications non enregistrées&#xa0;? Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the lecture script &apos;%1&apos; with its %n step(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer le scénario de cours «&#xa0;%1&#xa0;», avec %n étape&#xa0;? Cette action est irréversible.</numerusform>
            <numerusform>Supprimer le scénario de cours «&#xa0;%1&#xa0;», avec ses %n étapes&#xa0;? Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Import Lecture Script</source>
        <translation>Importer un scénario de cours</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in %1. Nothing was imported: fix the file and import it again.</source>
        <translation>
            <numerusform>%n problème trouvé dans %1. Rien n&apos;a été importé&#xa0;: corrigez le fichier et importez-le à nouveau.</numerusform>
            <numerusform>%n problèmes trouvés dans %1. Rien n&apos;a été importé&#xa0;: corrigez le fichier et importez-le à nouveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported the lecture script &apos;%1&apos; with %n step(s).</source>
        <translation>
            <numerusform>Scénario de cours «&#xa0;%1&#xa0;» importé, avec %n étape.</numerusform>
            <numerusform>Scénario de cours «&#xa0;%1&#xa0;» importé, avec %n étapes.</numerusform>
        </translation>
    </message>
    <message>
        <source>A script named &apos;%1&apos; already exists: the imported one is stored as &apos;%2&apos;.</source>
        <translation>Un scénario nommé «&#xa0;%1&#xa0;» existe déjà&#xa0;: celui qui a été importé est enregistré sous «&#xa0;%2&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) name decisions that are not in this database; they are kept and show as missing until those decisions are added.</source>
        <translation>
            <numerusform>%n étape désigne une décision absente de cette base de données&#xa0;; elle est conservée et apparaît comme manquante jusqu&apos;à ce que cette décision soit ajoutée.</numerusform>
            <numerusform>%n étapes désignent des décisions absentes de cette base de données&#xa0;; elles sont conservées et apparaissent comme manquantes jusqu&apos;à ce que ces décisions soient ajoutées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Lecture Script</source>
        <translation>Exporter le scénario de cours</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; was not exported: %n problem(s) to fix first.
%2</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» n&apos;a pas été exporté&#xa0;: %n problème à corriger d&apos;abord.
%2</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» n&apos;a pas été exporté&#xa0;: %n problèmes à corriger d&apos;abord.
%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported &apos;%1&apos;, with its unsaved changes, to %2.</source>
        <translation>«&#xa0;%1&#xa0;» exporté vers %2, avec ses modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Exported &apos;%1&apos; to %2.</source>
        <translation>«&#xa0;%1&#xa0;» exporté vers %2.</translation>
    </message>
    <message>
        <source>Lecture scripts (*.json);;All files (*)</source>
        <translation>Scénarios de cours (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Lecture scripts (*.json)</source>
        <translation>Scénarios de cours (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n step(s)</source>
        <translation>
            <numerusform>%1 · %n étape</numerusform>
            <numerusform>%1 · %n étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>This database holds no lecture scripts.</source>
        <translation>Cette base de données ne contient aucun scénario de cours.</translation>
    </message>
    <message>
        <source>No lecture scripts yet: make one with New... or Import...</source>
        <translation>Aucun scénario de cours pour l&apos;instant&#xa0;: créez-en un avec Nouveau... ou Importer...</translation>
    </message>
    <message>
        <source>&amp;Script:</source>
        <translation>S&amp;cénario&#xa0;:</translation>
    </message>
    <message>
        <source>Lecture script</source>
        <translation>Scénario de cours</translation>
    </message>
    <message>
        <source>The stored lecture scripts and their number of steps; * marks unsaved changes</source>
        <translation>Les scénarios de cours enregistrés et leur nombre d&apos;étapes&#xa0;; * signale des modifications non enregistrées</translation>
    </message>
    <message>
        <source>&amp;New...</source>
        <translation>&amp;Nouveau...</translation>
    </message>
    <message>
        <source>Make a new, empty lecture script</source>
        <translation>Créer un nouveau scénario de cours vide</translation>
    </message>
    <message>
        <source>Rena&amp;me...</source>
        <translation>Reno&amp;mmer...</translation>
    </message>
    <message>
        <source>Rename this lecture script</source>
        <translation>Renommer ce scénario de cours</translation>
    </message>
    <message>
        <source>Save as Ne&amp;w...</source>
        <translation>Enregistrer comme nou&amp;veau...</translation>
    </message>
    <message>
        <source>Save the script as shown, unsaved changes included, under a new name; the stored script stays as it was</source>
        <translation>Enregistrer le scénario tel qu&apos;affiché, modifications non enregistrées comprises, sous un nouveau nom&#xa0;; le scénario enregistré reste inchangé</translation>
    </message>
    <message>
        <source>De&amp;lete...</source>
        <translation>Supp&amp;rimer...</translation>
    </message>
    <message>
        <source>Delete this lecture script</source>
        <translation>Supprimer ce scénario de cours</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Description of the lecture script</source>
        <translation>Description du scénario de cours</translation>
    </message>
    <message>
        <source>what the lecture is about (optional)</source>
        <translation>le sujet du cours (facultatif)</translation>
    </message>
    <message>
        <source>S&amp;teps:</source>
        <translation>Étape&amp;s&#xa0;:</translation>
    </message>
    <message>
        <source>Steps of the lecture</source>
        <translation>Étapes du cours</translation>
    </message>
    <message>
        <source>Ctrl+Up and Ctrl+Down move the selected step, Delete removes it, double-click presents from it</source>
        <translation>Ctrl+Haut et Ctrl+Bas déplacent l&apos;étape sélectionnée, Suppr la retire, un double-clic lance la présentation à partir d&apos;elle</translation>
    </message>
    <message>
        <source>&amp;Add Decision</source>
        <translation>&amp;Ajouter la décision</translation>
    </message>
    <message>
        <source>Add the decision selected in the timeline or the table after the selected step</source>
        <translation>Ajouter la décision sélectionnée dans la frise chronologique ou le tableau après l&apos;étape sélectionnée</translation>
    </message>
    <message>
        <source>Add Title &amp;Card</source>
        <translation>A&amp;jouter une diapositive de titre</translation>
    </message>
    <message>
        <source>Add a title card after the selected step</source>
        <translation>Ajouter une diapositive de titre après l&apos;étape sélectionnée</translation>
    </message>
    <message>
        <source>Remove Step</source>
        <translation>Retirer l&apos;étape</translation>
    </message>
    <message>
        <source>Remove the selected step (Delete)</source>
        <translation>Retirer l&apos;étape sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source>Move Step Up</source>
        <translation>Monter l&apos;étape</translation>
    </message>
    <message>
        <source>Move the selected step up (Ctrl+Up)</source>
        <translation>Monter l&apos;étape sélectionnée (Ctrl+Haut)</translation>
    </message>
    <message>
        <source>Move Step Down</source>
        <translation>Descendre l&apos;étape</translation>
    </message>
    <message>
        <source>Move the selected step down (Ctrl+Down)</source>
        <translation>Descendre l&apos;étape sélectionnée (Ctrl+Bas)</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <source>Write the whole script to the database (Ctrl+S)</source>
        <translation>Écrire tout le scénario dans la base de données (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Présenter</translation>
    </message>
    <message>
        <source>Present the lecture from the selected step</source>
        <translation>Présenter le cours à partir de l&apos;étape sélectionnée</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présenter</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importer...</translation>
    </message>
    <message>
        <source>Add a lecture script from a file</source>
        <translation>Ajouter un scénario de cours depuis un fichier</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Exporter...</translation>
    </message>
    <message>
        <source>Write the script as shown to a file, to share with colleagues</source>
        <translation>Écrire le scénario tel qu&apos;affiché dans un fichier, pour le partager avec des collègues</translation>
    </message>
    <message>
        <source>&amp;Save Lecture Script</source>
        <translation>&amp;Enregistrer le scénario de cours</translation>
    </message>
    <message>
        <source>Select a decision in the timeline or the table, then add it here</source>
        <translation>Sélectionnez une décision dans la frise chronologique ou le tableau, puis ajoutez-la ici</translation>
    </message>
    <message>
        <source>Add %1 after the selected step</source>
        <translation>Ajouter %1 après l&apos;étape sélectionnée</translation>
    </message>
    <message>
        <source>This database is read-only: lecture scripts can be presented and exported, not changed.</source>
        <translation>Cette base de données est en lecture seule&#xa0;: les scénarios de cours peuvent être présentés et exportés, mais pas modifiés.</translation>
    </message>
    <message>
        <source>* %1</source>
        <translation>* %1</translation>
    </message>
    <message>
        <source>The script already has the most steps a lecture script may hold (%1).</source>
        <translation>Le scénario a déjà le nombre maximal d&apos;étapes qu&apos;un scénario de cours peut contenir (%1).</translation>
    </message>
    <message>
        <source>Added %1 as step %2.</source>
        <translation>Décision %1 ajoutée comme étape %2.</translation>
    </message>
    <message>
        <source>New title card</source>
        <translation>Nouvelle diapositive de titre</translation>
    </message>
    <message>
        <source>Removed step %1 (Undo brings it back).</source>
        <translation>Étape %1 retirée (Annuler la rétablit).</translation>
    </message>
</context>
<context>
    <name>LectureScriptRepository</name>
    <message>
        <source>this database is read-only: lecture scripts cannot be saved</source>
        <translation>cette base de données est en lecture seule&#xa0;: les scénarios de cours ne peuvent pas être enregistrés</translation>
    </message>
    <message>
        <source>this database is read-only: lecture scripts cannot be saved (%1)</source>
        <translation>cette base de données est en lecture seule&#xa0;: les scénarios de cours ne peuvent pas être enregistrés (%1)</translation>
    </message>
    <message>
        <source>another caseline or another program is writing to the database; try again when it has finished (%1)</source>
        <translation>une autre instance de caseline ou un autre programme écrit dans la base de données&#xa0;; réessayez quand l&apos;écriture sera terminée (%1)</translation>
    </message>
    <message>
        <source>reading lecture scripts</source>
        <translation>lecture des scénarios de cours</translation>
    </message>
    <message>
        <source>reading the lecture script &apos;%1&apos;</source>
        <translation>lecture du scénario de cours «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>this database has no lecture scripts: it was made by an older caseline and, being read-only, cannot be brought up to date</source>
        <translation>cette base de données n&apos;a pas de scénarios de cours&#xa0;: elle a été créée par une version antérieure de caseline et, étant en lecture seule, elle ne peut pas être mise à jour</translation>
    </message>
    <message>
        <source>there is no lecture script of that name</source>
        <translation>aucun scénario de cours ne porte ce nom</translation>
    </message>
    <message>
        <source>saving step %1 of the lecture script &apos;%2&apos;</source>
        <translation>enregistrement de l&apos;étape %1 du scénario de cours «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>saving the lecture script &apos;%1&apos;</source>
        <translation>enregistrement du scénario de cours «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>this database has no lecture tables (schema version older than 3)</source>
        <translation>cette base de données n&apos;a pas de tables de cours (version de schéma antérieure à 3)</translation>
    </message>
    <message>
        <source>another lecture script already has this name; choose another</source>
        <translation>un autre scénario de cours porte déjà ce nom&#xa0;; choisissez-en un autre</translation>
    </message>
    <message>
        <source>it was renamed or deleted by another caseline or another window since it was opened; your version was not saved</source>
        <translation>il a été renommé ou supprimé par une autre instance de caseline ou une autre fenêtre depuis son ouverture&#xa0;; votre version n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>it was changed by another caseline or another window since it was opened; your version was not saved</source>
        <translation>il a été modifié par une autre instance de caseline ou une autre fenêtre depuis son ouverture&#xa0;; votre version n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>renaming the lecture script &apos;%1&apos;</source>
        <translation>renommage du scénario de cours «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>it was changed, renamed or deleted by another caseline or another window since it was read</source>
        <translation>il a été modifié, renommé ou supprimé par une autre instance de caseline ou une autre fenêtre depuis sa lecture</translation>
    </message>
    <message>
        <source>another lecture script is already named &apos;%1&apos;</source>
        <translation>un autre scénario de cours s&apos;appelle déjà «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>deleting the lecture script &apos;%1&apos;</source>
        <translation>suppression du scénario de cours «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>it was changed, renamed or deleted by another caseline or another window since it was read; nothing was deleted</source>
        <translation>il a été modifié, renommé ou supprimé par une autre instance de caseline ou une autre fenêtre depuis sa lecture&#xa0;; rien n&apos;a été supprimé</translation>
    </message>
    <message>
        <source>adding the example lecture script</source>
        <translation>ajout du scénario de cours d&apos;exemple</translation>
    </message>
</context>
<context>
    <name>LectureSlide</name>
    <message>
        <source>No decision to present</source>
        <translation>Aucune décision à présenter</translation>
    </message>
    <message>
        <source>caseline lecture</source>
        <translation>Cours caseline</translation>
    </message>
    <message>
        <source>caseline lecture: %1</source>
        <translation>Cours caseline&#xa0;: %1</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>non datée</translation>
    </message>
    <message>
        <source>no amount</source>
        <translation>sans montant</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>not in the totals</source>
        <translation>hors des totaux</translation>
    </message>
    <message>
        <source>some details uncertain</source>
        <translation>certains détails incertains</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 imposed</source>
        <translation>%1 infligés</translation>
    </message>
    <message>
        <source>%1 standing</source>
        <translation>%1 en vigueur</translation>
    </message>
    <message>
        <source>%1 collected</source>
        <translation>%1 recouvrés</translation>
    </message>
</context>
<context>
    <name>LectureSlidePreview</name>
    <message>
        <source>End of the lecture</source>
        <translation>Fin du cours</translation>
    </message>
</context>
<context>
    <name>LectureSource</name>
    <message>
        <source>%1: the file is larger than a lecture script can be</source>
        <translation>%1&#xa0;: le fichier dépasse la taille maximale d&apos;un scénario de cours</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1&#xa0;: impossible de lire le fichier&#xa0;: %2</translation>
    </message>
    <message>
        <source>no lecture script named &apos;%1&apos; and no such file; the database has no scripts</source>
        <translation>aucun scénario de cours nommé «&#xa0;%1&#xa0;» ni aucun fichier de ce nom&#xa0;; la base de données ne contient aucun scénario</translation>
    </message>
    <message>
        <source>no lecture script named &apos;%1&apos; and no such file; the database has %2</source>
        <translation>aucun scénario de cours nommé «&#xa0;%1&#xa0;» ni aucun fichier de ce nom&#xa0;; la base de données contient %2</translation>
    </message>
    <message>
        <source>the script&apos;s step for decision &apos;%1&apos; is left out: it is not in this database</source>
        <translation>l&apos;étape du scénario consacrée à la décision «&#xa0;%1&#xa0;» est omise&#xa0;: cette décision ne figure pas dans cette base de données</translation>
    </message>
    <message>
        <source>Decisions of %1</source>
        <translation>Décisions de %1</translation>
    </message>
    <message>
        <source>Decisions from %1 to %2</source>
        <translation>Décisions de %1 à %2</translation>
    </message>
    <message>
        <source>no dated decision matches the filters; nothing to present</source>
        <translation>aucune décision datée ne correspond aux filtres&#xa0;; rien à présenter</translation>
    </message>
    <message>
        <source>the script &apos;%1&apos; has no step to present</source>
        <translation>le scénario «&#xa0;%1&#xa0;» n&apos;a aucune étape à présenter</translation>
    </message>
</context>
<context>
    <name>LectureStepDelegate</name>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
</context>
<context>
    <name>LectureStepEditor</name>
    <message>
        <source>Decision of this step</source>
        <translation>Décision de cette étape</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Décision&#xa0;:</translation>
    </message>
    <message>
        <source>what the audience reads</source>
        <translation>ce que lit le public</translation>
    </message>
    <message>
        <source>Title of the title card</source>
        <translation>Titre de la diapositive de titre</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>the card&apos;s text, shown under its title</source>
        <translation>le texte de la diapositive, affiché sous son titre</translation>
    </message>
    <message>
        <source>Text of the title card</source>
        <translation>Texte de la diapositive de titre</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xte&#xa0;:</translation>
    </message>
    <message>
        <source>what you say; the audience never sees it</source>
        <translation>ce que vous dites&#xa0;; le public ne le voit jamais</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>Notes de l&apos;intervenant</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Frame the timeline on these days</source>
        <translation>Cadrer la &amp;frise chronologique sur ces dates</translation>
    </message>
    <message>
        <source>Frame the timeline</source>
        <translation>Cadrer la frise chronologique</translation>
    </message>
    <message>
        <source>Frame from</source>
        <translation>Début du cadrage</translation>
    </message>
    <message>
        <source>Frame to</source>
        <translation>Fin du cadrage</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>D&amp;u&#xa0;:</translation>
    </message>
    <message>
        <source>No steps yet</source>
        <translation>Aucune étape pour l&apos;instant</translation>
    </message>
    <message>
        <source>No step selected</source>
        <translation>Aucune étape sélectionnée</translation>
    </message>
    <message>
        <source>Step %1 of %2: a decision</source>
        <translation>Étape %1 sur %2&#xa0;: une décision</translation>
    </message>
    <message>
        <source>Step %1 of %2: a title card</source>
        <translation>Étape %1 sur %2&#xa0;: une diapositive de titre</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>The frame ends before it starts: the script cannot be saved like this.</source>
        <translation>Le cadrage se termine avant de commencer&#xa0;: le scénario ne peut pas être enregistré ainsi.</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>Announced</source>
        <translation>Annoncée</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adoptée</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorité</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <source>Output format: table, csv or json (default: table).</source>
        <translation>Format de sortie&#xa0;: table, csv ou json (par défaut&#xa0;: table).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>--format: unknown format &apos;%1&apos; (expected table, csv or json)</source>
        <translation>--format&#xa0;: format inconnu «&#xa0;%1&#xa0;» (attendu&#xa0;: table, csv ou json)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Loading decisions: %1 of %2</source>
        <translation>Chargement des décisions&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>&amp;Load Decisions</source>
        <translation>&amp;Charger les décisions</translation>
    </message>
    <message>
        <source>Read this database&apos;s decisions again</source>
        <translation>Relire les décisions de cette base de données</translation>
    </message>
    <message>
        <source>Loading cancelled: no decision is shown</source>
        <translation>Chargement annulé&#xa0;: aucune décision n&apos;est affichée</translation>
    </message>
    <message>
        <source>Loading cancelled: Load Decisions (in the status bar) reads them again</source>
        <translation>Chargement annulé&#xa0;: Charger les décisions (dans la barre d&apos;état) les relit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop reading the decisions; the window stays open</source>
        <translation>Arrêter la lecture des décisions&#xa0;; la fenêtre reste ouverte</translation>
    </message>
    <message>
        <source>Loading decisions...</source>
        <translation>Chargement des décisions...</translation>
    </message>
    <message>
        <source>Some data could not be read: %1</source>
        <translation>Certaines données n&apos;ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>caseline: enforcement history of Clearview AI</source>
        <translation>caseline&#xa0;: historique des mesures répressives visant Clearview AI</translation>
    </message>
    <message>
        <source>Bundled data updated</source>
        <translation>Données intégrées mises à jour</translation>
    </message>
    <message>
        <source>This version of caseline ships newer data. Decisions you changed were kept; please review these:</source>
        <translation>Cette version de caseline fournit des données plus récentes. Les décisions que vous avez modifiées ont été conservées&#xa0;; veuillez vérifier celles-ci&#xa0;:</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Cumulative fines</source>
        <translation>Amendes cumulées</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>Par pays</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Find...	Ctrl+F</source>
        <translation>Re&amp;chercher...	Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Lane Order</source>
        <translation>&amp;Ordre des lignes</translation>
    </message>
    <message>
        <source>By &amp;First Decision</source>
        <translation>Par &amp;première décision</translation>
    </message>
    <message>
        <source>By &amp;Total Fines</source>
        <translation>Par montant &amp;total des amendes</translation>
    </message>
    <message>
        <source>&amp;Alphabetical</source>
        <translation>Par ordre &amp;alphabétique</translation>
    </message>
    <message>
        <source>&amp;Date Basis</source>
        <translation>&amp;Date de référence</translation>
    </message>
    <message>
        <source>&amp;Adopted (decision date)</source>
        <translation>&amp;Adoptée (date de la décision)</translation>
    </message>
    <message>
        <source>A&amp;nnounced (publication date)</source>
        <translation>A&amp;nnoncée (date de publication)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>Thè&amp;me</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Précéde&amp;nt</translation>
    </message>
    <message>
        <source>F&amp;orward</source>
        <translation>S&amp;uivant</translation>
    </message>
    <message>
        <source>Show &amp;Table and Charts</source>
        <translation>Afficher le tableau et les &amp;graphiques</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>Ple&amp;in écran</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About caseline</source>
        <translation>À &amp;propos de caseline</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Bundled data (read-only)</source>
        <translation>Données intégrées (lecture seule)</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (lecture seule)</translation>
    </message>
    <message>
        <source>Filters cleared to show the related decision.</source>
        <translation>Filtres effacés pour afficher la décision liée.</translation>
    </message>
    <message>
        <source>Lecture Scripts</source>
        <translation>Scénarios de cours</translation>
    </message>
    <message>
        <source>&amp;Lecture Scripts</source>
        <translation>Scénarios de &amp;cours</translation>
    </message>
    <message>
        <source>About caseline</source>
        <translation>À propos de caseline</translation>
    </message>
    <message>
        <source>&lt;h3&gt;caseline %1&lt;/h3&gt;&lt;p&gt;Explore and present the regulatory and court decisions concerning Clearview AI.&lt;/p&gt;&lt;p&gt;Every figure comes with its sources; uncertainty is shown, not hidden.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;caseline %1&lt;/h3&gt;&lt;p&gt;Explorer et présenter les décisions des régulateurs et des juridictions concernant Clearview AI.&lt;/p&gt;&lt;p&gt;Chaque chiffre est accompagné de ses sources&#xa0;; l&apos;incertitude est montrée, pas cachée.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln decision(s)</source>
        <translation>
            <numerusform>%1 sur %Ln décision</numerusform>
            <numerusform>%1 sur %Ln décisions</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Langu&amp;e</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>%1 (cannot be reached: reconnecting)</source>
        <translation>%1 (injoignable&#xa0;: reconnexion en cours)</translation>
    </message>
    <message>
        <source>Co&amp;nnect to Team Database...</source>
        <translation>Se co&amp;nnecter à une base d&apos;équipe...</translation>
    </message>
    <message>
        <source>Work on a database shared on a PostgreSQL server, edited by several people</source>
        <translation>Travailler sur une base partagée sur un serveur PostgreSQL, modifiée par plusieurs personnes</translation>
    </message>
    <message>
        <source>&amp;Use Personal Database</source>
        <translation>&amp;Utiliser la base personnelle</translation>
    </message>
    <message>
        <source>Back to your own database file, %1</source>
        <translation>Revenir à votre propre fichier de base de données, %1</translation>
    </message>
    <message>
        <source>A team database&apos;s address starts with postgresql://</source>
        <translation>L&apos;adresse d&apos;une base d&apos;équipe commence par postgresql://</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>no output file was given</source>
        <translation>aucun fichier de sortie n&apos;a été indiqué</translation>
    </message>
    <message>
        <source>%1 is a symbolic link to nothing; caseline does not create files through broken links</source>
        <translation>%1 est un lien symbolique qui ne pointe vers rien&#xa0;; caseline ne crée pas de fichiers à travers des liens brisés</translation>
    </message>
    <message>
        <source>%1 is a folder; give the name of a file inside it</source>
        <translation>%1 est un dossier&#xa0;; indiquez le nom d&apos;un fichier à l&apos;intérieur</translation>
    </message>
    <message>
        <source>%1 is a device, not a regular file; caseline writes only regular files</source>
        <translation>%1 est un périphérique, pas un fichier ordinaire&#xa0;; caseline n&apos;écrit que des fichiers ordinaires</translation>
    </message>
    <message>
        <source>%1 is a FIFO (named pipe), not a regular file; caseline writes only regular files</source>
        <translation>%1 est une FIFO (tube nommé), pas un fichier ordinaire&#xa0;; caseline n&apos;écrit que des fichiers ordinaires</translation>
    </message>
    <message>
        <source>%1 is a socket, not a regular file; caseline writes only regular files</source>
        <translation>%1 est un socket, pas un fichier ordinaire&#xa0;; caseline n&apos;écrit que des fichiers ordinaires</translation>
    </message>
    <message>
        <source>%1 is not a regular file; caseline writes only regular files</source>
        <translation>%1 n&apos;est pas un fichier ordinaire&#xa0;; caseline n&apos;écrit que des fichiers ordinaires</translation>
    </message>
    <message>
        <source>%1 is an SQLite database (perhaps the one caseline has open); an export never replaces a database. Choose another file name.</source>
        <translation>%1 est une base de données SQLite (peut-être celle que caseline a ouverte)&#xa0;; une exportation ne remplace jamais une base de données. Choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>%1 belongs to an SQLite database (its log or journal); an export never replaces it</source>
        <translation>%1 appartient à une base de données SQLite (son journal WAL ou son journal de transactions)&#xa0;; une exportation ne le remplace jamais</translation>
    </message>
    <message>
        <source>%1 belongs to the SQLite database beside it; an export never replaces it</source>
        <translation>%1 appartient à la base de données SQLite située à côté&#xa0;; une exportation ne le remplace jamais</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>impossible d&apos;écrire %1&#xa0;: le dossier %2 n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the content could not be made</source>
        <translation>le contenu n&apos;a pas pu être produit</translation>
    </message>
</context>
<context>
    <name>PendingEdits</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a file of pending edits: %2</source>
        <translation>%1 n&apos;est pas un fichier de modifications en attente&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: edit %2: %3</source>
        <translation>%1&#xa0;: modification %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 cannot be removed</source>
        <translation>Impossible de supprimer %1</translation>
    </message>
    <message>
        <source>the folder of %1 cannot be made</source>
        <translation>impossible de créer le dossier de %1</translation>
    </message>
</context>
<context>
    <name>PresentCommand</name>
    <message>
        <source>The lecture script to present: its name in the database, or a .json file.</source>
        <translation>Le scénario de cours à présenter&#xa0;: son nom dans la base de données, ou un fichier .json.</translation>
    </message>
    <message>
        <source>name|file</source>
        <translation>nom|fichier</translation>
    </message>
    <message>
        <source>Start at this step (from 1; default 1).</source>
        <translation>Commencer à cette étape (à partir de 1&#xa0;; par défaut 1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Draw the lecture at this step into a .png, .svg or .pdf file and exit (no display needed).</source>
        <translation>Dessiner le cours à cette étape dans un fichier .png, .svg ou .pdf, puis quitter (aucun affichage nécessaire).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>The screenshot&apos;s size in pixels; default 1920x1080.</source>
        <translation>La taille de la capture d&apos;écran en pixels&#xa0;; par défaut 1920x1080.</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>LxH</translation>
    </message>
    <message>
        <source>The view to draw into the screenshot: audience (default) or presenter.</source>
        <translation>La vue à dessiner dans la capture d&apos;écran&#xa0;: audience (par défaut) ou presenter.</translation>
    </message>
    <message>
        <source>view</source>
        <translation>vue</translation>
    </message>
    <message>
        <source>%1 (default: projector).</source>
        <translation>%1 (par défaut&#xa0;: projector).</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>thème</translation>
    </message>
    <message>
        <source>--script: expected a script&apos;s name or a file</source>
        <translation>--script&#xa0;: nom de scénario ou fichier attendu</translation>
    </message>
    <message>
        <source>--step: expected a step number from 1</source>
        <translation>--step&#xa0;: numéro d&apos;étape attendu, à partir de 1</translation>
    </message>
    <message>
        <source>--screenshot: &apos;%1&apos; must end in .png, .svg or .pdf</source>
        <translation>--screenshot&#xa0;: «&#xa0;%1&#xa0;» doit se terminer par .png, .svg ou .pdf</translation>
    </message>
    <message>
        <source>--size: expected %1</source>
        <translation>--size&#xa0;: format attendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>--view: unknown view &apos;%1&apos; (expected audience or presenter)</source>
        <translation>--view&#xa0;: vue inconnue «&#xa0;%1&#xa0;» (attendu&#xa0;: audience ou presenter)</translation>
    </message>
    <message>
        <source>--view presenter: the presenter view is a window, drawn only to .png</source>
        <translation>--view presenter&#xa0;: la vue de l&apos;intervenant est une fenêtre, dessinée uniquement en .png</translation>
    </message>
    <message>
        <source>--theme: unknown theme &apos;%1&apos; (expected %2)</source>
        <translation>--theme&#xa0;: thème inconnu «&#xa0;%1&#xa0;» (attendu&#xa0;: %2)</translation>
    </message>
    <message>
        <source>--step: the lecture has 1 step</source>
        <translation>--step&#xa0;: le cours a 1 étape</translation>
    </message>
    <message>
        <source>--step: the lecture has %1 steps</source>
        <translation>--step&#xa0;: le cours a %1 étapes</translation>
    </message>
    <message>
        <source>lecture mode needs a display (DISPLAY or WAYLAND_DISPLAY); --screenshot works without one</source>
        <translation>le mode cours nécessite un affichage (DISPLAY ou WAYLAND_DISPLAY)&#xa0;; --screenshot fonctionne sans</translation>
    </message>
</context>
<context>
    <name>PresentationExport</name>
    <message>
        <source>1 step</source>
        <translation>1 étape</translation>
    </message>
    <message>
        <source>%1 steps</source>
        <translation>%1 étapes</translation>
    </message>
    <message>
        <source>%1 was written, but not its text file: %2</source>
        <translation>%1 a été écrit, mais pas son fichier texte&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Screenshotter</name>
    <message>
        <source>the window could not be captured</source>
        <translation>la fenêtre n&apos;a pas pu être capturée</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>not a PostgreSQL address: it must begin with postgresql://</source>
        <translation>ce n&apos;est pas une adresse PostgreSQL&#xa0;: elle doit commencer par postgresql://</translation>
    </message>
    <message>
        <source>the database name is not valid percent-encoding</source>
        <translation>le nom de la base de données n&apos;est pas un encodage-pourcent valide</translation>
    </message>
    <message>
        <source>the user name or password is not valid percent-encoding</source>
        <translation>le nom d&apos;utilisateur ou le mot de passe n&apos;est pas un encodage-pourcent valide</translation>
    </message>
    <message>
        <source>the host is not valid percent-encoding</source>
        <translation>l&apos;hôte n&apos;est pas un encodage-pourcent valide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port number (1 to 65535)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de port (1 à 65535)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a parameter of the form name=value</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un paramètre de la forme nom=valeur</translation>
    </message>
    <message>
        <source>the parameter %1 may not contain &apos;;&apos;</source>
        <translation>le paramètre %1 ne peut pas contenir «&#xa0;;&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>%1 &gt; %2</source>
        <comment>a submenu: the menu, then the submenu</comment>
        <translation>%1 &gt; %2</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtrer&#xa0;:</translation>
    </message>
    <message>
        <source>A key or a word, e.g. Ctrl or zoom</source>
        <translation>Une touche ou un mot, p. ex. Ctrl ou zoom</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Lecture mode</source>
        <translation>Mode cours</translation>
    </message>
    <message>
        <source>No shortcut matches &quot;%1&quot;.</source>
        <translation>Aucun raccourci ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>The bundled data of this version could not be merged: %1</source>
        <translation>Les données intégrées de cette version n&apos;ont pas pu être fusionnées&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <source>Output format: text or json (default: text).</source>
        <translation>Format de sortie&#xa0;: text ou json (par défaut&#xa0;: text).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>--format: unknown format &apos;%1&apos; (expected text or json)</source>
        <translation>--format&#xa0;: format inconnu «&#xa0;%1&#xa0;» (attendu&#xa0;: text ou json)</translation>
    </message>
    <message>
        <source>caseline stats: the money totals are too large to be computed exactly</source>
        <translation>caseline stats&#xa0;: les totaux sont trop grands pour être calculés exactement</translation>
    </message>
    <message>
        <source>Decisions: %1</source>
        <translation>Décisions&#xa0;: %1</translation>
    </message>
    <message>
        <source>Money imposed: EUR %1</source>
        <translation>Montants infligés&#xa0;: %1 EUR</translation>
    </message>
    <message>
        <source>Standing after appeals: EUR %1</source>
        <translation>En vigueur après recours&#xa0;: %1 EUR</translation>
    </message>
    <message>
        <source>Collected (payments known): EUR %1</source>
        <translation>Recouvrés (paiements connus)&#xa0;: %1 EUR</translation>
    </message>
    <message>
        <source>Date basis: %1</source>
        <translation>Date de référence&#xa0;: %1</translation>
    </message>
    <message>
        <source>As of: %1</source>
        <translation>État des données&#xa0;: %1</translation>
    </message>
    <message>
        <source>By decision type:</source>
        <translation>Par type de décision&#xa0;:</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Imposed (EUR)</source>
        <translation>Infligés (EUR)</translation>
    </message>
    <message>
        <source>Standing (EUR)</source>
        <translation>En vigueur (EUR)</translation>
    </message>
    <message>
        <source>By country:</source>
        <translation>Par pays&#xa0;:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Collected (EUR)</source>
        <translation>Recouvrés (EUR)</translation>
    </message>
    <message>
        <source>Cumulative:</source>
        <translation>Cumul&#xa0;:</translation>
    </message>
</context>
<context>
    <name>StatusLabel</name>
    <message>
        <source>annulled_on_appeal</source>
        <translation>annulée en appel</translation>
    </message>
    <message>
        <source>appealed</source>
        <translation>frappée de recours</translation>
    </message>
    <message>
        <source>appealed_outcome_unknown</source>
        <translation>frappée de recours, issue inconnue</translation>
    </message>
    <message>
        <source>approved_appeal_pending</source>
        <translation>approuvée, appel pendant</translation>
    </message>
    <message>
        <source>ban_refusal_overturned_remitted</source>
        <translation>refus d&apos;interdiction infirmé, affaire renvoyée</translation>
    </message>
    <message>
        <source>complied_per_company</source>
        <translation>exécutée selon l&apos;entreprise</translation>
    </message>
    <message>
        <source>contested_remitted</source>
        <translation>contestée, affaire renvoyée</translation>
    </message>
    <message>
        <source>contested_remitted_to_FTT</source>
        <translation>contestée, affaire renvoyée au FTT</translation>
    </message>
    <message>
        <source>dismissed_appeal_possible</source>
        <translation>rejetée, appel possible</translation>
    </message>
    <message>
        <source>final</source>
        <translation>définitive</translation>
    </message>
    <message>
        <source>final_as_far_known</source>
        <translation>définitive, à notre connaissance</translation>
    </message>
    <message>
        <source>final_compliance_unverified</source>
        <translation>définitive, exécution non vérifiée</translation>
    </message>
    <message>
        <source>final_non_binding</source>
        <translation>définitive, non contraignante</translation>
    </message>
    <message>
        <source>final_reportedly_unpaid</source>
        <translation>définitive, impayée selon les informations publiées</translation>
    </message>
    <message>
        <source>final_unpaid</source>
        <translation>définitive, impayée</translation>
    </message>
    <message>
        <source>final_unpaid_expected</source>
        <translation>définitive, non-paiement attendu</translation>
    </message>
    <message>
        <source>in_force_at_time_later_status_unknown</source>
        <translation>en vigueur à l&apos;époque, statut ultérieur inconnu</translation>
    </message>
    <message>
        <source>not_complied</source>
        <translation>non exécutée</translation>
    </message>
    <message>
        <source>outcome_not_found</source>
        <translation>issue introuvable</translation>
    </message>
    <message>
        <source>overturned_on_appeal</source>
        <translation>infirmée en appel</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>proceedings_withdrawn_determination_stands</source>
        <translation>procédure retirée, la décision demeure</translation>
    </message>
    <message>
        <source>recommendations_rejected</source>
        <translation>recommandations rejetées</translation>
    </message>
    <message>
        <source>remitted</source>
        <translation>affaire renvoyée</translation>
    </message>
    <message>
        <source>remitted_to_DPA</source>
        <translation>affaire renvoyée à l&apos;autorité de protection des données</translation>
    </message>
    <message>
        <source>reversed_on_further_appeal</source>
        <translation>infirmée sur un nouvel appel</translation>
    </message>
    <message>
        <source>set_aside</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>remplacée</translation>
    </message>
    <message>
        <source>superseded_by_settlement</source>
        <translation>remplacée par une transaction</translation>
    </message>
    <message>
        <source>superseded_dismissed_on_venue</source>
        <translation>remplacée, rejetée pour incompétence territoriale</translation>
    </message>
    <message>
        <source>upheld</source>
        <translation>confirmée</translation>
    </message>
    <message>
        <source>upheld_in_part</source>
        <translation>confirmée en partie</translation>
    </message>
    <message>
        <source>upheld_on_appeal</source>
        <translation>confirmée en appel</translation>
    </message>
    <message>
        <source>upheld_on_judicial_review</source>
        <translation>confirmée sur contrôle juridictionnel</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Cancelling...</source>
        <translation>Annulation...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop this work: nothing is written</source>
        <translation>Arrêter ce travail : rien n&apos;est écrit</translation>
    </message>
</context>
<context>
    <name>TeamCommand</name>
    <message>
        <source>Open it with: caseline --database %1</source>
        <translation>Ouvrez-la avec&#xa0;: caseline --database %1</translation>
    </message>
    <message>
        <source>expected: team grant ADDRESS ROLE read|edit</source>
        <translation>attendu&#xa0;: team grant ADRESSE RÔLE read|edit</translation>
    </message>
    <message>
        <source>unknown rights &apos;%1&apos; (expected read or edit)</source>
        <translation>droits inconnus «&#xa0;%1&#xa0;» (attendu&#xa0;: read ou edit)</translation>
    </message>
    <message>
        <source>team push: show what would be copied, without writing anything.</source>
        <translation>team push&#xa0;: montrer ce qui serait copié, sans rien écrire.</translation>
    </message>
    <message>
        <source>expected what to do: init ADDRESS, push FILE ADDRESS, or grant ADDRESS ROLE read|edit</source>
        <translation>action attendue&#xa0;: init ADRESSE, push FICHIER ADRESSE ou grant ADRESSE RÔLE read|edit</translation>
    </message>
    <message>
        <source>unknown team command &apos;%1&apos; (expected init, push or grant)</source>
        <translation>commande team inconnue «&#xa0;%1&#xa0;» (attendu&#xa0;: init, push ou grant)</translation>
    </message>
    <message>
        <source>expected: team init ADDRESS (postgresql://USER@HOST:PORT/DATABASE)</source>
        <translation>attendu&#xa0;: team init ADRESSE (postgresql://UTILISATEUR@HÔTE:PORT/BASE)</translation>
    </message>
    <message>
        <source>expected: team push FILE ADDRESS</source>
        <translation>attendu&#xa0;: team push FICHIER ADRESSE</translation>
    </message>
    <message>
        <source>Lecture script added: %1</source>
        <translation>Scénario de cours ajouté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Lecture script already there: %1</source>
        <translation>Scénario de cours déjà présent&#xa0;: %1</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Simulation&#xa0;: rien n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>Copied to %1, with %n lecture script(s) added.</source>
        <translation>
            <numerusform>Copié vers %1, avec %n scénario de cours ajouté.</numerusform>
            <numerusform>Copié vers %1, avec %n scénarios de cours ajoutés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamConnectDialog</name>
    <message>
        <source>Connect to Team Database</source>
        <translation>Se connecter à une base d&apos;équipe</translation>
    </message>
    <message>
        <source>A team database is caseline&apos;s database on a PostgreSQL server, shared by a research group, a newsroom or a course. Its owner made it with caseline team init and gives you its address.</source>
        <translation>Une base d&apos;équipe est la base de données de caseline sur un serveur PostgreSQL, partagée par un groupe de recherche, une rédaction ou un cours. Son propriétaire l&apos;a créée avec caseline team init et vous en donne l&apos;adresse.</translation>
    </message>
    <message>
        <source>caseline never stores a password: the server&apos;s password is taken from ~/.pgpass or PGPASSWORD, as by psql.</source>
        <translation>caseline n&apos;enregistre jamais de mot de passe&#xa0;: celui du serveur est lu dans ~/.pgpass ou PGPASSWORD, comme le fait psql.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
</context>
<context>
    <name>TeamDatabase</name>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian&apos;s libqt6sql6-psql)</source>
        <translation>le pilote PostgreSQL de Qt n&apos;est pas installé (paquet Debian libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>impossible de se connecter à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a caseline team database: make it one with caseline team init %1</source>
        <translation>%1 n&apos;est pas une base d&apos;équipe caseline&#xa0;: créez-la avec caseline team init %1</translation>
    </message>
    <message>
        <source>%1 is not a caseline team database (its tables belong to another application)</source>
        <translation>%1 n&apos;est pas une base d&apos;équipe caseline (ses tables appartiennent à une autre application)</translation>
    </message>
    <message>
        <source>%1 was made by a newer caseline (schema version %2, this version reads up to %3)</source>
        <translation>%1 a été créée par un caseline plus récent (version de schéma %2, cette version lit jusqu&apos;à la %3)</translation>
    </message>
    <message>
        <source>%1 has schema version %2, which this caseline cannot read</source>
        <translation>%1 a la version de schéma %2, que ce caseline ne sait pas lire</translation>
    </message>
    <message>
        <source>cannot read the bundled schema</source>
        <translation>impossible de lire le schéma intégré</translation>
    </message>
    <message>
        <source>%1 is already a caseline team database: nothing was changed</source>
        <translation>%1 est déjà une base d&apos;équipe caseline&#xa0;: rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>%1: making the team database failed, nothing was changed: %2</source>
        <translation>%1&#xa0;: la création de la base d&apos;équipe a échoué, rien n&apos;a été modifié&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 is now a caseline team database (schema version %2) with the %n bundled decision(s)</source>
        <translation>
            <numerusform>%1 est maintenant une base d&apos;équipe caseline (version de schéma %2) avec la %n décision intégrée</numerusform>
            <numerusform>%1 est maintenant une base d&apos;équipe caseline (version de schéma %2) avec les %n décisions intégrées</numerusform>
        </translation>
    </message>
    <message>
        <source>The example lecture could not be added: %1</source>
        <translation>Le cours d&apos;exemple n&apos;a pas pu être ajouté&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is read-only for you: the role %2 may read this team database but not change it. Its owner can give you edit rights with caseline team grant ADDRESS %2 edit</source>
        <translation>%1 est en lecture seule pour vous&#xa0;: le rôle %2 peut lire cette base d&apos;équipe mais pas la modifier. Son propriétaire peut vous donner le droit de modifier avec caseline team grant ADRESSE %2 edit</translation>
    </message>
    <message>
        <source>%1: cannot change the rights of %2: %3</source>
        <translation>%1&#xa0;: impossible de changer les droits de %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: the role %2 may now read and change the team database</source>
        <translation>%1&#xa0;: le rôle %2 peut maintenant lire et modifier la base d&apos;équipe</translation>
    </message>
    <message>
        <source>%1: the role %2 may now only read the team database</source>
        <translation>%1&#xa0;: le rôle %2 peut maintenant seulement lire la base d&apos;équipe</translation>
    </message>
</context>
<context>
    <name>TeamPush</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1&#xa0;: fichier introuvable</translation>
    </message>
    <message>
        <source>cannot prepare the decisions of %1 for the server</source>
        <translation>impossible de préparer les décisions de %1 pour le serveur</translation>
    </message>
    <message>
        <source>the decisions of %1 cannot be copied: nothing was written</source>
        <translation>les décisions de %1 ne peuvent pas être copiées&#xa0;: rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>the lecture script %1 cannot be copied: %2</source>
        <translation>le scénario de cours %1 ne peut pas être copié&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file: a personal database is an SQLite file</source>
        <translation>%1 n&apos;est pas un fichier ordinaire&#xa0;: une base personnelle est un fichier SQLite</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Projector (high contrast)</source>
        <translation>Projecteur (contraste élevé)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
</context>
<context>
    <name>ThemeNames</name>
    <message>
        <source>%1, %2 or %3</source>
        <translation>%1, %2 ou %3</translation>
    </message>
</context>
<context>
    <name>TimelineDescription</name>
    <message numerus="yes">
        <source>%1 formal notice(s)</source>
        <translation>
            <numerusform>%1 mise en demeure</numerusform>
            <numerusform>%1 mises en demeure</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 provisional notice(s)</source>
        <translation>
            <numerusform>%1 avis provisoire</numerusform>
            <numerusform>%1 avis provisoires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 fine(s)</source>
        <translation>
            <numerusform>%1 amende</numerusform>
            <numerusform>%1 amendes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 penalty payment(s)</source>
        <translation>
            <numerusform>%1 astreinte</numerusform>
            <numerusform>%1 astreintes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 order(s)</source>
        <translation>
            <numerusform>%1 injonction</numerusform>
            <numerusform>%1 injonctions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 reprimand(s)</source>
        <translation>
            <numerusform>%1 rappel à l&apos;ordre</numerusform>
            <numerusform>%1 rappels à l&apos;ordre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 finding(s)</source>
        <translation>
            <numerusform>%1 constat</numerusform>
            <numerusform>%1 constats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 court ruling(s)</source>
        <translation>
            <numerusform>%1 décision de justice</numerusform>
            <numerusform>%1 décisions de justice</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 appeal ruling(s)</source>
        <translation>
            <numerusform>%1 décision en appel</numerusform>
            <numerusform>%1 décisions en appel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 settlement(s)</source>
        <translation>
            <numerusform>%1 transaction</numerusform>
            <numerusform>%1 transactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 criminal complaint(s)</source>
        <translation>
            <numerusform>%1 plainte pénale</numerusform>
            <numerusform>%1 plaintes pénales</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>an amount and its euro equivalent</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>%1 %2, undated</source>
        <comment>authority and decision type: &apos;ICO fine, undated&apos;</comment>
        <translation>%2 %1, sans date</translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <comment>authority, decision type and date: &apos;ICO fine of 18 May 2022&apos;</comment>
        <translation>%2 %1 du %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an unknown decision type and its number of decisions</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No decision matches the filters.</source>
        <translation>Aucune décision ne correspond aux filtres.</translation>
    </message>
    <message numerus="yes">
        <source>The timeline shows %1 decision(s).</source>
        <translation>
            <numerusform>La frise chronologique montre %1 décision.</numerusform>
            <numerusform>La frise chronologique montre %1 décisions.</numerusform>
        </translation>
    </message>
    <message>
        <source>They run from %1 to %2.</source>
        <translation>Elles s&apos;étendent du %1 au %2.</translation>
    </message>
    <message>
        <source>It is dated %1.</source>
        <translation>Elle est datée du %1.</translation>
    </message>
    <message>
        <source>They are all dated %1.</source>
        <translation>Elles sont toutes datées du %1.</translation>
    </message>
    <message>
        <source>Dates are those of the announcements.</source>
        <translation>Les dates sont celles des annonces.</translation>
    </message>
    <message>
        <source>Dates are those of adoption.</source>
        <translation>Les dates sont celles de l&apos;adoption.</translation>
    </message>
    <message numerus="yes">
        <source>%1 decision(s) without a date are not placed.</source>
        <translation>
            <numerusform>%1 décision sans date ne figure pas sur la frise.</numerusform>
            <numerusform>%1 décisions sans date ne figurent pas sur la frise.</numerusform>
        </translation>
    </message>
    <message>
        <source>By type: %1.</source>
        <translation>Par type&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>a number of decisions in a country: &apos;10 in Canada&apos;</comment>
        <translation>%2 (%1)</translation>
    </message>
    <message>
        <source>By country: %1.</source>
        <translation>Par pays&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 decision(s) set aside by later rulings: %2.</source>
        <translation>
            <numerusform>%1 décision annulée par une décision ultérieure&#xa0;: %2.</numerusform>
            <numerusform>%1 décisions annulées par des décisions ultérieures&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 decision(s) set aside by later rulings.</source>
        <translation>
            <numerusform>%1 décision annulée par une décision ultérieure.</numerusform>
            <numerusform>%1 décisions annulées par des décisions ultérieures.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 decision(s) contested or under appeal: %2.</source>
        <translation>
            <numerusform>%1 décision contestée ou en appel&#xa0;: %2.</numerusform>
            <numerusform>%1 décisions contestées ou en appel&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 decision(s) contested or under appeal.</source>
        <translation>
            <numerusform>%1 décision contestée ou en appel.</numerusform>
            <numerusform>%1 décisions contestées ou en appel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 decision(s) recorded as unpaid: %2.</source>
        <translation>
            <numerusform>%1 décision enregistrée comme impayée&#xa0;: %2.</numerusform>
            <numerusform>%1 décisions enregistrées comme impayées&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 decision(s) recorded as unpaid.</source>
        <translation>
            <numerusform>%1 décision enregistrée comme impayée.</numerusform>
            <numerusform>%1 décisions enregistrées comme impayées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorité</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message numerus="yes">
        <source>The table of the %1 decision(s) is left out here; &apos;caseline describe timeline&apos; with the same filters prints it.</source>
        <translation>
            <numerusform>Le tableau de %1 décision est omis ici&#xa0;; «&#xa0;caseline describe timeline&#xa0;» avec les mêmes filtres l&apos;affiche.</numerusform>
            <numerusform>Le tableau des %1 décisions est omis ici&#xa0;; «&#xa0;caseline describe timeline&#xa0;» avec les mêmes filtres l&apos;affiche.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineFrame</name>
    <message>
        <source>up to %1</source>
        <translation>jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>authority, amount</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>TimelineLegend</name>
    <message>
        <source>Area by euro amount</source>
        <translation>Surface selon le montant en euros</translation>
    </message>
    <message>
        <source>Set aside or annulled</source>
        <translation>Annulée ou infirmée</translation>
    </message>
    <message>
        <source>Contested</source>
        <translation>Contestée</translation>
    </message>
    <message>
        <source>Several decisions (zoom in)</source>
        <translation>Plusieurs décisions (zoom avant)</translation>
    </message>
    <message>
        <source>Several decisions, close in time</source>
        <translation>Plusieurs décisions proches dans le temps</translation>
    </message>
    <message>
        <source>Compliance period</source>
        <translation>Délai de mise en conformité</translation>
    </message>
    <message>
        <source>Periodic penalty accruing</source>
        <translation>Astreinte en cours</translation>
    </message>
    <message>
        <source>Ban period</source>
        <translation>Période d&apos;interdiction</translation>
    </message>
    <message>
        <source>Follows from</source>
        <translation>Découle de</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 autres</translation>
    </message>
</context>
<context>
    <name>TimelineMarkerPainter</name>
    <message>
        <source>%1k</source>
        <comment>a count in thousands</comment>
        <translation>%1k</translation>
    </message>
    <message>
        <source>%1M</source>
        <comment>a count in millions</comment>
        <translation>%1M</translation>
    </message>
</context>
<context>
    <name>TimelineRenderer</name>
    <message>
        <source>GDPR in force</source>
        <translation>RGPD en vigueur</translation>
    </message>
    <message>
        <source>caseline timeline</source>
        <translation>Frise chronologique caseline</translation>
    </message>
    <message>
        <source>No decisions match the filters</source>
        <translation>Aucune décision ne correspond aux filtres</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <comment>period, start date</comment>
        <translation>%1 depuis le %2</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
</context>
<context>
    <name>TimelineScale</name>
    <message>
        <source>Q%1 %2</source>
        <comment>quarter, year</comment>
        <translation>T%1 %2</translation>
    </message>
</context>
<context>
    <name>TimelineToolTip</name>
    <message numerus="yes">
        <source>%n decisions</source>
        <translation>
            <numerusform>%n décision</numerusform>
            <numerusform>%n décisions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>Fines and penalty payments: %1</source>
        <translation>Amendes et astreintes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Click to zoom in</source>
        <translation>Cliquez pour zoomer</translation>
    </message>
    <message>
        <source>%1 (set aside or annulled)</source>
        <translation>%1 (annulée ou infirmée)</translation>
    </message>
    <message>
        <source>%1 (contested)</source>
        <translation>%1 (contestée)</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>%1 (about %2)</source>
        <translation>%1 (environ %2)</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Frise chronologique</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation>&amp;Tout afficher</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>Zoom sur la &amp;sélection</translation>
    </message>
    <message>
        <source>Previous or next decision in time</source>
        <translation>Décision précédente ou suivante dans le temps</translation>
    </message>
    <message>
        <source>The nearest decision in the lane above or below</source>
        <translation>La décision la plus proche sur la ligne du dessus ou du dessous</translation>
    </message>
    <message>
        <source>First or last decision</source>
        <translation>Première ou dernière décision</translation>
    </message>
    <message>
        <source>Open the selected decision&apos;s details</source>
        <translation>Ouvrir les détails de la décision sélectionnée</translation>
    </message>
    <message>
        <source>Zoom in or out around the selected decision</source>
        <translation>Zoom avant ou arrière autour de la décision sélectionnée</translation>
    </message>
    <message>
        <source>Fit all decisions</source>
        <translation>Afficher toutes les décisions</translation>
    </message>
    <message>
        <source>Zoom to the selected decision and those related to it</source>
        <translation>Zoom sur la décision sélectionnée et les décisions qui lui sont liées</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Explore and present the enforcement history of Clearview AI.

%1</source>
        <translation>Explorer et présenter l&apos;historique des mesures répressives visant Clearview AI.

%1</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>Use the caseline database at PATH (created from the bundled data if missing).</source>
        <translation>Utiliser la base de données caseline située à PATH (créée à partir des données intégrées si elle est absente).</translation>
    </message>
    <message>
        <source>Open the window, save it as FILE.png after its first paint, and quit.</source>
        <translation>Ouvrir la fenêtre, en enregistrer une capture sous FILE.png après son premier affichage, puis quitter.</translation>
    </message>
    <message>
        <source>Window size, e.g. 1280x720.</source>
        <translation>Taille de la fenêtre, p. ex. 1280x720.</translation>
    </message>
    <message>
        <source>Start with the decision ID selected.</source>
        <translation>Démarrer avec la décision ID sélectionnée.</translation>
    </message>
    <message>
        <source>Start in a theme: %1.</source>
        <translation>Démarrer dans un thème&#xa0;: %1.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--size: expected %1</source>
        <translation>--size&#xa0;: format attendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>--screenshot: the file name must end in .png</source>
        <translation>--screenshot&#xa0;: le nom du fichier doit se terminer par .png</translation>
    </message>
    <message>
        <source>--theme: unknown theme &apos;%1&apos; (expected %2)</source>
        <translation>--theme&#xa0;: thème inconnu «&#xa0;%1&#xa0;» (attendu&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Database not opened</source>
        <translation>Base de données non ouverte</translation>
    </message>
    <message>
        <source>%1

Your file was not changed. caseline shows the bundled data, read-only.</source>
        <translation>%1

Votre fichier n&apos;a pas été modifié. caseline affiche les données intégrées, en lecture seule.</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Ouverte en lecture seule</translation>
    </message>
    <message>
        <source>%1

You can explore it; changes cannot be saved.</source>
        <translation>%1

Vous pouvez l&apos;explorer&#xa0;; les modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>Use the language CODE for the window: en or fr (default: the one last chosen in View &gt; Language, else the system&apos;s).</source>
        <translation>Utiliser la langue CODE pour la fenêtre&#xa0;: en ou fr (par défaut&#xa0;: la dernière choisie dans Affichage &gt; Langue, sinon celle du système).</translation>
    </message>
    <message>
        <source>--lang: unknown language &apos;%1&apos; (expected en or fr)</source>
        <translation>--lang&#xa0;: langue inconnue «&#xa0;%1&#xa0;» (attendu&#xa0;: en ou fr)</translation>
    </message>
    <message>
        <source>Try &apos;caseline --help&apos;.</source>
        <translation>Essayez «&#xa0;caseline --help&#xa0;».</translation>
    </message>
    <message>
        <source>Team database not opened</source>
        <translation>Base d&apos;équipe non ouverte</translation>
    </message>
    <message>
        <source>%1

caseline shows your personal database; File &gt; Connect to Team Database connects again.</source>
        <translation>%1

caseline affiche votre base personnelle&#xa0;; Fichier &gt; Se connecter à une base d&apos;équipe permet de vous reconnecter.</translation>
    </message>
</context>
</TS>
