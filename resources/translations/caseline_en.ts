<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AltTextFile</name>
    <message>
        <source>%1 is the exported file itself (a link to it); its text is written beside it, never over it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundledData</name>
    <message>
        <source>cannot read bundled %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundled data is invalid: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundledMerge</name>
    <message>
        <source>The bundled data could not be updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled data version could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) updated to the new bundled data</source>
        <translation>
            <numerusform>%n decision updated to the new bundled data</numerusform>
            <numerusform>%n decisions updated to the new bundled data</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new decision(s) added</source>
        <translation>
            <numerusform>%n new decision added</numerusform>
            <numerusform>%n new decisions added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) you changed were also changed in the bundled data; your versions were kept:</source>
        <translation>
            <numerusform>%n decision you changed was also changed in the bundled data; your version was kept:</numerusform>
            <numerusform>%n decisions you changed were also changed in the bundled data; your versions were kept:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: you deleted it; the bundled data changed it; it stays deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: differs in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no longer in the bundled data; kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDatabase</name>
    <message>
        <source>it is on a read-only disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file may not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder may not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Your file was not changed. To recover: export your decisions from a copy with the sqlite3 tool&apos;s .recover command, or start again from the bundled data by moving the file away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in use: another caseline or another program is writing to it. Try again when it has finished (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: the file, its folder or its disk is read-only (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read or written: the disk reported an input/output error (%2). Check the disk; your file was not changed by caseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: the disk is full (%2). Free some space and try again; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: the file or its folder is missing or may not be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: it is not a caseline database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a caseline database (not an SQLite file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is truncated: %1 bytes, shorter than the %2-byte SQLite header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its header is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is truncated: %1 bytes where its header announces %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not be written and was not closed cleanly: its last changes are still in %2, which caseline cannot apply without writing beside the file. Your file was not changed. Make the file and its folder writable, then open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a caseline database (it belongs to another application)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>impossible schema version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer caseline (schema version %2, this version reads up to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check returned nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1: its folder may not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only (%2): you can explore it, but changes cannot be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the bundled schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the schema failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading the bundled data failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: no migration from schema version %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: migrating to schema version %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not be written and was not closed cleanly: a write that did not finish must be undone from %2, which caseline cannot do without writing to the file. Your file was not changed. Make the file and its folder writable, then open it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>another caseline or another program is writing to the database; try again when it has finished (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing to the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading database-size claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving country %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving authority of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replacing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the version of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving texts of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving sources of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving relations of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving status changes of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving periodic penalty of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed by another caseline or another program since they were read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving database-size claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearing database-size claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving database-size claim %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving sources of claim %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the history of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the history of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartBuilder</name>
    <message>
        <source>Amounts in EUR; other currencies are converted at the ECB reference rate of the decision date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts in EUR; %1 converted at the ECB reference rate of the decision date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only fines and penalty payments imposed on Clearview AI count; provisional figures, maxima, settlements and fines on others do not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payment is known: collected stays at 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payment is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing = imposed minus amounts set aside on appeal until a later ruling restores them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates: announced (adopted when unknown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates: adopted (announced when unknown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logarithmic scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashed: amounts not imposed (provisional, maxima, settlements, fines on others).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not drawn (no euro rate or date): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not placed (no date): %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartDescription</name>
    <message>
        <source>%1 (%2)</source>
        <comment>a euro amount and the amount in its own currency</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2 (%3) on %4</source>
        <comment>an amount, the authority, its country and the date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one amount imposed was %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amounts imposed were %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest amounts imposed were %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1, the %2 %3 of %4 was set aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1, the %2 %3 of %4 was reinstated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1, the %2 %3 of %4 was recorded as collected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a provisional %1 by %2</source>
        <comment>an amount, an authority</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a maximum of %1 by %2</source>
        <comment>an amount, an authority</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a settlement of %1 by %2</source>
        <comment>an amount, an authority</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 imposed by %2 on %3</source>
        <comment>an amount, an authority, whom it was imposed on</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>penalty payments of up to %1 ordered by %2</source>
        <comment>an amount, an authority</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>penalty payments of %1 a day ordered by %2</source>
        <comment>an amount, an authority</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By %1, %2 had been imposed in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By %1, %2 still stood after appeals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By %1, %2 had been recorded as collected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In all, %1 was imposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still stands after appeals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is recorded as collected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imposed</source>
        <comment>a change of the running totals</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set aside</source>
        <comment>a change of the running totals</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reinstated</source>
        <comment>a change of the running totals</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collected</source>
        <comment>a change of the running totals</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No money imposed on Clearview AI is counted in what is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart shows the money imposed on Clearview AI, in euros, on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart shows the running totals of the money imposed on Clearview AI, in euros, from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before %1, %2 had been imposed, of which %3 still stood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rulings or payments changed the totals %1 time(s); the table lists each change.</source>
        <translation>
            <numerusform>Rulings or payments changed the totals %1 time; the table lists each change.</numerusform>
            <numerusform>Rulings or payments changed the totals %1 times; the table lists each change.</numerusform>
        </translation>
    </message>
    <message>
        <source>No amount was set aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 other amount(s) are shown apart and not counted: provisional figures, maxima, settlements, penalty payments not imposed or fines on others.</source>
        <translation>
            <numerusform>%1 other amount is shown apart and not counted: provisional figures, maxima, settlements, penalty payments not imposed or fines on others.</numerusform>
            <numerusform>%1 other amounts are shown apart and not counted: provisional figures, maxima, settlements, penalty payments not imposed or fines on others.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shown apart and not counted: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 amount(s) without a date cannot be placed and are not counted.</source>
        <translation>
            <numerusform>%1 amount without a date cannot be placed and is not counted.</numerusform>
            <numerusform>%1 amounts without a date cannot be placed and are not counted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Money was imposed in %1 country(ies).</source>
        <translation>
            <numerusform>Money was imposed in %1 country.</numerusform>
            <numerusform>Money was imposed in %1 countries.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a country and the money imposed there</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <comment>a country, the money standing there and the money imposed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of it was imposed in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From most to least: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After appeals, less stands in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The decisions come from %1 country(ies): %2.</source>
        <translation>
            <numerusform>The decisions come from %1 country: %2.</numerusform>
            <numerusform>The decisions come from %1 countries: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 other country(ies) have decisions but no money imposed: %2.</source>
        <translation>
            <numerusform>%1 other country has decisions but no money imposed: %2.</numerusform>
            <numerusform>%1 other countries have decisions but no money imposed: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartSpeech</name>
    <message>
        <source>%1 (%2)</source>
        <comment>an amount in its own currency, then in euros, said by a screen reader</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <comment>date, authority, country and type of a decision on the cumulative chart, said by a screen reader</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 imposed; total imposed %3</source>
        <comment>a step of the cumulative chart, said by a screen reader</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 set aside; total standing %3</source>
        <comment>a step of the cumulative chart, said by a screen reader</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 reinstated; total standing %3</source>
        <comment>a step of the cumulative chart, said by a screen reader</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 collected; total collected %3</source>
        <comment>a step of the cumulative chart, said by a screen reader</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 imposed, %3 standing after appeals; %n decision(s)</source>
        <comment>a country&apos;s or an authority&apos;s bar, said by a screen reader</comment>
        <translation>
            <numerusform>%1: %2 imposed, %3 standing after appeals; %n decision</numerusform>
            <numerusform>%1: %2 imposed, %3 standing after appeals; %n decisions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartViewBase</name>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole time range (drag across the chart or use Ctrl+wheel to zoom in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the timeline&apos;s time range; zooming here zooms the timeline too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous or next item: a step of the cumulative chart, a country or an authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First or last item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the decision of a step of the cumulative chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Citation</name>
    <message>
        <source>country %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: caseline dataset %1 (data as of %2), %3; amounts in EUR at the ECB rate of each decision date; dates: %4; filters: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>announced</source>
        <comment>dates of the decisions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adopted</source>
        <comment>dates of the decisions</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>List the decisions that match the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the matching decisions and total the money imposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render a view (timeline, cumulative, countries, dashboard) to PNG, SVG or PDF, or the lecture as a PDF deck (presentation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and import decisions from a JSON or CSV file, all or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the matching decisions to a JSON or CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present the decisions or a lecture script in lecture mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the database at this path instead of the one in the application data folder; a missing file is created from the bundled data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; using the bundled data, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;caseline &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caseline present: lecture mode needs a display (DISPLAY or WAYLAND_DISPLAY); --screenshot works without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caseline: the changes were saved, but the summary could not be written to the output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caseline: cannot write the output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caseline: expected a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caseline: unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;caseline %1 --help&apos; for more information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--database: expected the path of a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this version of caseline ships newer data; decisions you changed were kept. Please review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write text, numbers and dates in this language: en or fr (default: the system&apos;s language).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang: unknown language &apos;%1&apos; (expected en or fr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe a view (timeline, cumulative, countries, dashboard, presentation) in words and a table: its text alternative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team database on PostgreSQL: make one (team init ADDRESS), copy a file&apos;s decisions and lectures to it (team push FILE ADDRESS), say what a role may do in it (team grant ADDRESS ROLE read|edit).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountryChartRenderer</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imposed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing after appeals: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) in the selection</source>
        <translation>
            <numerusform>%n decision in the selection</numerusform>
            <numerusform>%n decisions in the selection</numerusform>
        </translation>
    </message>
    <message>
        <source>Money imposed on Clearview AI by country, cumulative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money imposed on Clearview AI: totals by country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money imposed on Clearview AI: totals by authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing after appeals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EUR @valuem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EUR million (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caseline: money imposed on Clearview AI by country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caseline: totals imposed on Clearview AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountryChartView</name>
    <message>
        <source>Over time, stacked by country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A logarithmic money axis, so that small totals stay visible beside large ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money by country chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the quoted field that starts on this line is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after a closing quote (write &quot;&quot; for a quote inside a quoted field)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CumulativeChartRenderer</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 imposed · %2 standing · %3 collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 at the ECB reference rate of the decision date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 set aside on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reinstated on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 collected on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leaves the standing total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stands again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imposed in all: %1; standing: %2; collected: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisional figure, never imposed as such</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A maximum (&quot;up to&quot;), not a sum imposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A settlement, not a fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imposed on %1, not on Clearview AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penalty payments up to this amount if the orders are not met; not imposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penalty payment per day if the orders are not met; not imposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the totals: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed database size: %1 images (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of claim: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisional (not imposed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum (not imposed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement (not a fine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine on another target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penalty cap (not imposed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily penalty (not imposed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 amounts on %3, none in the totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 decisions imposed money on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 imposed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 set aside: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reinstated: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 collected: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A click selects the largest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected: no payment known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 decisions %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reinstated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 payments %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 set aside, %2 reinstated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fines and penalty payments imposed on Clearview AI, cumulative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing after appeals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected (payments known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database size claimed by Clearview (billion images)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed database size (right axis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caseline: cumulative fines imposed on Clearview AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provisional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>penalty cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CumulativeChartView</name>
    <message>
        <source>Claimed database size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearview&apos;s image database as claimed over time, with who made each claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative fines chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>Change not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Decisions...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Data...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Decision...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Decision...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;Bundled Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore All Bundled Data...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions (*.json *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. Nothing was imported: fix the file and import it again.</source>
        <translation>
            <numerusform>%n problem found. Nothing was imported: fix the file and import it again.</numerusform>
            <numerusform>%n problems found. Nothing was imported: fix the file and import it again.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new and %2 updated decision(s); %3 unchanged. Import them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 new and %2 updated decision(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON, every field (*.json);;CSV spreadsheet (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 decision(s) to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 (Ctrl+Z brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the bundled version of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore All Bundled Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put every bundled decision back as it ships with caseline? Decisions you added yourself are kept, and Undo reverses this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the bundled data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be opened for this work: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln decision(s) to %1</source>
        <translation>
            <numerusform>Exporting %Ln decision to %1</numerusform>
            <numerusform>Exporting %Ln decisions to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated: the team database was changed by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recorded versions of the selected decision: who saved each and when; restore any of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a team database records the history of its decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored an earlier version of %1 (Ctrl+Z undoes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team database cannot be reached (%1); caseline reconnects by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database cannot be reached: showing what was loaded, read-only, until it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the team database again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your edit of %1 could not be kept for later: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits Kept for Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) could not be saved while the team database could not be reached: %1. Save them now?</source>
        <translation>
            <numerusform>%n edit could not be saved while the team database could not be reached: %1. Save it now?</numerusform>
            <numerusform>%n edits could not be saved while the team database could not be reached: %1. Save them now?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Edits Kept for Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON, every field (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n edit(s) to %1; File &gt; Import Decisions reads them back</source>
        <translation>
            <numerusform>Exported %n edit to %1; File &gt; Import Decisions reads it back</numerusform>
            <numerusform>Exported %n edits to %1; File &gt; Import Decisions reads them back</numerusform>
        </translation>
    </message>
    <message>
        <source>The team database was changed by someone else, but could not be read again: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataExport</name>
    <message>
        <source>%1: choose a file name ending in .json or .csv</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionConflictDialog</name>
    <message>
        <source>Fields that differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Ticked Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Was Changed Meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved %1 while you were editing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved by %2 while you were editing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your edit is not saved yet. Tick, field by field, the version to keep; a field changed on both sides is marked. Space ticks the box of the selected cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs (saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (changed by both)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionCsv</name>
    <message>
        <source>missing required field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (write YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date that exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an amount needs a currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decision needs a decision_date or an announce_date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown currency &apos;%1&apos; (codes are upper case: &apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown currency &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields, but the header has %2 (a text with a comma must be in double quotes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column &apos;%1&apos; (the columns are %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;%1&apos; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required column &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing a date column: decision_date or announce_date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no header row: the first line must name the columns, e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionEditCommand</name>
    <message>
        <source>changed by another caseline or another program since it was loaded: %1. Your change was not saved; the latest data is shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionEditFlow</name>
    <message>
        <source>Saved %1 (Ctrl+Z undoes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not saved yet: the team database cannot be reached. Your edit is kept and offered again when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision Deleted Meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else deleted %1 while you were editing it. Add your version back?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 back (Ctrl+Z undoes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved meanwhile with the same changes as yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept the version of %1 saved meanwhile; your edit was dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionEditor</name>
    <message>
        <source>Add a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. fr-cnil-2022-fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;uthority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body that decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. data protection authority, court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who the decision is against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision t&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announced:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date &amp;notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uncertainty or conflicts about the dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 7552800 or 7552800.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;rrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 4217 code, e.g. EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;EUR equivalent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 8920279</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xchange rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ECB reference rate 18 May 2022: 0.84670</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is a maximum (&quot;up to&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the amount in the cumulative fines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. final, appealed, annulled_on_appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what happened next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the official decision number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;lated to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ids of earlier decisions, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sour&amp;ces:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one per line: https://... | what it confirms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;acts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lo&amp;w-confidence details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields not shown in this form need fixing:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionHistoryDialog</name>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Versions, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version compared with now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore This Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this version of the decision over the one now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved (first recorded version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved (added back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved (added back): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved (no changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No versions of %1 are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is deleted now; restoring this version adds it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) of this version differ from the decision now:</source>
        <translation>
            <numerusform>%n field of this version differs from the decision now:</numerusform>
            <numerusform>%n fields of this version differ from the decision now:</numerusform>
        </translation>
    </message>
    <message>
        <source>This is the current version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version is the same as the decision now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionImporter</name>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was imported from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s); nothing was imported</source>
        <translation>
            <numerusform>%1 has %n problem; nothing was imported</numerusform>
            <numerusform>%1 has %n problems; nothing was imported</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: these decisions changed since the preview, by another caseline or another program: %2. Nothing was imported; import again to merge into the latest data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s), nothing will be imported</source>
        <translation>
            <numerusform>%1: %n problem, nothing will be imported</numerusform>
            <numerusform>%1: %n problems, nothing will be imported</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 new, %3 updated, %4 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  new      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  updated  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>           %1: %2 -&gt; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: choose a file name ending in .json or .csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was imported from %1: it cannot be read again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was imported from %1: it changed while it was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or the database changed since you confirmed the import (another caseline or another program wrote to it). Nothing was imported; import again to see what it would do now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionIndexReader</name>
    <message>
        <source>reading decisions: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionJson</name>
    <message>
        <source>missing required field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an amount needs a currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown currency &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount does not fit exactly in 64-bit minor units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object for each source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decision needs a decision_date or an announce_date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each change needs a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD or YYYY-MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a non-negative whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON array of objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index %1: expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionModel</name>
    <message>
        <source>up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by you. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, changed by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EUR equivalent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionSpeech</name>
    <message>
        <source>up to %1</source>
        <comment>a maximum amount, said by a screen reader</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set aside</source>
        <comment>a decision annulled by a later ruling, said by a screen reader</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contested</source>
        <comment>a decision under appeal, said by a screen reader</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the facts of a decision a screen reader says</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionStore</name>
    <message>
        <source>This database is read-only: changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is read-only: changes cannot be saved (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no decision with the id &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be deleted while other decisions refer to it: %2. Edit or delete those first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled data cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not part of the bundled data: there is nothing to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore bundled %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore all bundled data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An undo or redo could not be saved, so the undo history was cleared: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionType</name>
    <message>
        <source>Formal notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisional notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penalty payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprimand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court ruling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal ruling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criminal complaint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionValidator</name>
    <message>
        <source>an amount needs a currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an id is required, e.g. fr-cnil-2022-fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use only lowercase letters a-z, digits and &apos;-&apos; (at most 100), e.g. fr-cnil-2022-fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decision with the id &apos;%1&apos; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no decision with the id &apos;%1&apos; is in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the country of the deciding body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the authority or court that decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the type of decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the date it was adopted, the date it was announced, or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown currency &apos;%1&apos; (use an ISO 4217 code such as EUR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the euro equivalent must be in EUR</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DescribeAction</name>
    <message>
        <source>&amp;Describe...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view in words, with its data as a table: a text alternative to read, copy or quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative fines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By country</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DescribeCommand</name>
    <message>
        <source>presentation: the lecture script, by its name in the database or a .json file (default: one step per matching decision).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name|file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the view to describe: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown view &apos;%1&apos; (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--script: only the presentation view takes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--script: expected a script&apos;s name or a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no decision matches the filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DescribeDialog</name>
    <message>
        <source>Describe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole description to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailHtml</name>
    <message>
        <source>Select a decision to see everything about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by you since the bundled data was loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium confidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this record rests on a single source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caveats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announced:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Euro equivalent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted in the cumulative total of fines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not counted in the cumulative total of fines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liquidated in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periodic penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisions violated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(link not opened: only http/https)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no public address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High: an official source or two independent sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a single source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in the database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(in French)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(in English)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>Decision details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExactAmount</name>
    <message>
        <source>unknown currency &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a plain number (write it like 7552800 or 7552800.50, without spaces, thousands separators or exponent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is negative: amounts must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has more decimals than %2 has (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large: it does not fit exactly in 64-bit minor units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has too many significant digits to be kept exactly with decimals (at most 15; whole amounts may be larger)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Export &amp;Timeline...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Chart...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print Timeline...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint Chart...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Timeline &amp;Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy C&amp;hart Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Ci&amp;tation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the source, data version and filters of what is shown, to quote with a figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citation copied to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image copied to the clipboard (%1 x %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision matches the filters. Clear or widen them (Edit &gt; Clear Filters) to export a figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written, but not its text file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1, with its description and citation in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The canvas: slide-1080 (1920x1080, the default), slide-720 (1280x720), 4k (3840x2160), 4x3 (1600x1200), a4 or letter (landscape pages at 300 dpi).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A canvas of your own, in pixels, at 96 dpi unless --dpi says otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WxH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pixels per inch (%1 to %2). a4 and letter keep their page and get more or fewer pixels; other canvases keep their pixels and draw everything larger as N grows (3840x2160 at 192 dpi is the Full HD slide, twice as sharp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default: light).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the background out (PNG and SVG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title over the figure (default: what the view shows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line under the title (default: how many decisions, where and when).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No title and no subtitle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No citation under the figure (FILE.txt is still written).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also draw: db-size (Clearview&apos;s claimed database size, on the cumulative chart).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>presentation: the lecture script, by its name in the database or a .json file (default: one step per matching decision).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name|file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>presentation: add a handout page with the speaker notes after each step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size and --preset: give one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--preset: unknown preset &apos;%1&apos; (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size: expected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dpi: expected a whole number from %1 to %2, not &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dpi %1: %2 would be %3x%4 pixels; expected %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--no-title: cannot be combined with --title or --subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--title: expected a text (--no-title leaves the title out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--subtitle: expected a text (--no-title leaves the title and subtitle out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--overlay: unknown overlay &apos;%1&apos; (expected db-size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--overlay: expected db-size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--overlay db-size: only the cumulative and dashboard views draw it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: only the presentation view takes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o: the presentation is a PDF deck: &apos;%1&apos; must end in .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: not used by the presentation (its pages are 16:9 slides)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--script: expected a script&apos;s name or a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the view to export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown view &apos;%1&apos; (expected %2 or presentation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o: &apos;%1&apos; must end in .png, .svg or .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--theme: unknown theme &apos;%1&apos; (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--transparent: a PDF page cannot be transparent (use .png or .svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no decision matches the filters; nothing written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write: .png, .svg or .pdf. Its description (the text alternative: sentences, then the data as a table) and its citation are written beside it as FILE.txt (e.g. chart.png.txt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the description out of FILE.txt: the citation alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written, but not its text file: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDataCommand</name>
    <message>
        <source>The file to write: .json (every field) or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o FILE.json or -o FILE.csv is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o: &apos;%1&apos; must end in .json or .csv</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File (.png, .svg, .pdf):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pixels per inch: 96 draws at screen size, 192 draws the same figure twice as sharp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Width, height, dpi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle and subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tit&amp;le:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;btitle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Citation under the figure (source, date of the data, filters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transparent b&amp;ackground (PNG and SVG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name must end in .png, .svg or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF page cannot be transparent: choose PNG or SVG, or an opaque background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image must be %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist and cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportPreset</name>
    <message>
        <source>Slide, Full HD (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide, HD (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide, 4K (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide, 4:3 (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 landscape, %1 dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter landscape, %1 dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportViews</name>
    <message>
        <source>Fines imposed on Clearview AI over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money imposed on Clearview AI, by country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearview AI: enforcement decisions and fines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions against Clearview AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caseline: enforcement dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln decision(s)</source>
        <translation>
            <numerusform>%Ln decision</numerusform>
            <numerusform>%Ln decisions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only decisions from these countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only decisions of these types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit to decisions from a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit to decisions up to a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only decisions against this target, e.g. a police force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search (accents and case ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every word must occur in the decision (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n countries</source>
        <translation>
            <numerusform>%n country</numerusform>
            <numerusform>%n countries</numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only decisions of these countries: ISO 3166-1 codes, comma-separated (e.g. FR,IT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only decisions of these types, comma-separated: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only decisions dated on or after this day (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only decisions dated on or before this day (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only decisions whose target contains these words (case and accents ignored).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only decisions mentioning these words in any field (case and accents ignored).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date that --from, --to and sorting use: adopted or announced (default: adopted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--country: unknown country code &apos;%1&apos; (expected ISO 3166-1 alpha-2 codes such as FR or IT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--type: unknown decision type &apos;%1&apos; (expected one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--country: expected at least one country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--type: expected at least one decision type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date-basis: unknown date basis &apos;%1&apos; (expected adopted or announced)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageSize</name>
    <message>
        <source>WIDTHxHEIGHT between %1x%1 and %2x%2, e.g. 1920x1080</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Check the file and show what would change, without writing anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List each new and updated decision, with the fields that change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the file to import (.json or .csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>caseline import: %n error(s); nothing was imported.</source>
        <translation>
            <numerusform>caseline import: %n error; nothing was imported.</numerusform>
            <numerusform>caseline import: %n errors; nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>caseline import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run with --verbose to list each new and updated decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 new and %2 updated decision(s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportValidator</name>
    <message>
        <source>%1 GB (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1, the most an import reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this decision takes more than %1, the most one decision may take</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more problem(s) not listed</source>
        <translation>
            <numerusform>%1: %n more problem not listed</numerusform>
            <numerusform>%1: %n more problems not listed</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains NUL bytes: a binary or UTF-16 file is neither CSV nor JSON (save it as UTF-8 text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid UTF-8 text: save the file as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither CSV (a header row of comma-separated column names) nor JSON (an array of decisions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested deeper than %1 levels; a decision needs at most 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array of decisions: [ {...}, {...} ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains an unpaired UTF-16 surrogate (\u%1), which is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a usable id: use at most 100 letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; or &apos;:&apos;, starting with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown country code &apos;%1&apos; (codes are upper case: &apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown country code &apos;%1&apos; (use ISO 3166-1 alpha-2, e.g. FR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown decision type &apos;%1&apos; (one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http or https link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters, longer than the %2 this field may hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos; (first on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decision cannot be related to itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown decision id(s) &apos;%1&apos;: neither in this file nor in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown decision id &apos;%1&apos;: neither in this file nor in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a plausible date for a decision (years %2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown currency &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appears more than once in this decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field (the fields are listed in the README)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n French text(s), but %1 has %2: give one French text for each English one, in the same order, or none</source>
        <translation>
            <numerusform>%n French text, but %1 has %2: give one French text for each English one, in the same order, or none</numerusform>
            <numerusform>%n French texts, but %1 has %2: give one French text for each English one, in the same order, or none</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LectureActions</name>
    <message>
        <source>&amp;Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present the decisions the filters show, one step each, from the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present from &amp;Selected Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present the decisions the filters show, from the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dated decision matches the filters. Clear a filter to present the decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some steps name decisions this database does not have; they are left out of the lecture:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script &apos;%1&apos; has no step to present.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LectureAudienceView</name>
    <message>
        <source>caseline lecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Advancing every %n second(s)</source>
        <translation>
            <numerusform>Advancing every %n second</numerusform>
            <numerusform>Advancing every %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-advance off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to step %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LectureDeck</name>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LectureDeckPdf</name>
    <message>
        <source>(no notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot finish the PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LectureDescription</name>
    <message>
        <source>%1 (%2)</source>
        <comment>an amount and its euro equivalent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running totals: %1 imposed, %2 standing, %3 collected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running totals on %1: %2 imposed, %3 standing, %4 collected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <comment>a country and a date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, undated.</source>
        <comment>a country</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <comment>a decision type and its amount</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This amount is not in the totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lecture has no step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The lecture has %1 step(s).</source>
        <translation>
            <numerusform>The lecture has %1 step.</numerusform>
            <numerusform>The lecture has %1 steps.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The lecture %1 has %2 step(s).</source>
        <translation>
            <numerusform>The lecture %1 has %2 step.</numerusform>
            <numerusform>The lecture %1 has %2 steps.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its decisions are dated %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its decisions run from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By its last step: %1 imposed, %2 standing, %3 collected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <comment>authority, decision type, country</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LectureKeys</name>
    <message>
        <source>Right, Down, Page Down, Space, N, Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left, Up, Page Up, Backspace, P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home, End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First step, last step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to that step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a step from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B or .</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black screen (any key returns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W or ,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White screen (any key returns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance automatically, on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[ and ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slower, faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter view on or off (one screen); swap the screens (two)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave lecture mode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LecturePresenterView</name>
    <message>
        <source>caseline lecture: presenter view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time since the lecture began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LectureScriptChecks</name>
    <message>
        <source>not a valid date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a plausible date (years %2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decision step needs a decision id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decision step has no title: make it a title step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decision step has no text: write it in the notes or a title step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a title step shows no decision: make it a decision step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a title step needs a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 is after to %2: a frame runs forward in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lecture script needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 steps, more than the %2 a lecture script may hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters, longer than the %2 this field may hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains an unpaired UTF-16 surrogate (\u%1), which is not text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LectureScriptCommand</name>
    <message>
        <source>Add decision step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add title step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move step %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit notes of step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit title of step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit text of step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit frame of step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LectureScriptJson</name>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a caseline lecture script: it has no &quot;caseline_lecture_script&quot;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 was written by a newer caseline; this one reads version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appears more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: a lecture script needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: list the steps, even none (&quot;steps&quot;: [])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array of steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both &quot;decision&quot; and &quot;title&quot;: a step shows a decision or a title card, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither &quot;decision&quot; nor &quot;title&quot;: say which decision the step shows, or give the title card a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a title card has text; a decision step has notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object {&quot;from&quot;: &quot;YYYY-MM-DD&quot;, &quot;to&quot;: &quot;YYYY-MM-DD&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: a frame needs both days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date &quot;YYYY-MM-DD&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid UTF-8 text: save the file as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested deeper than %1 levels; a lecture script needs at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a lecture script: {&quot;caseline_lecture_script&quot;: %1, &quot;name&quot;: ..., &quot;steps&quot;: [...]}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more problem(s) not listed</source>
        <translation>
            <numerusform>%1: %n more problem not listed</numerusform>
            <numerusform>%1: %n more problems not listed</numerusform>
        </translation>
    </message>
    <message>
        <source>step %1: decision &apos;%2&apos; is not in this database; the step is kept and shows as missing until the decision is added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains NUL bytes: a binary or UTF-16 file is not a lecture script (save it as UTF-8 text)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LectureScriptModel</name>
    <message>
        <source>%1 (not in this database)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LectureScriptPanel</name>
    <message>
        <source>Lecture Script: %1[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is read-only: lecture scripts cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is read-only: lecture scripts cannot be changed.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Lecture Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lecture script &apos;%1&apos; has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Lecture Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; was not saved: %n problem(s) to fix first; your changes are kept.
%2</source>
        <translation>
            <numerusform>&apos;%1&apos; was not saved: %n problem to fix first; your changes are kept.
%2</numerusform>
            <numerusform>&apos;%1&apos; was not saved: %n problems to fix first; your changes are kept.
%2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Your changes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture Script Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Your changes are kept. Save them as a new script to keep both versions, or reload the stored script and drop them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as New...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload Stored Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Lecture Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made the lecture script &apos;%1&apos;: add decisions and title cards to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Lecture Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed &apos;%1&apos; to &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as New Lecture Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as &apos;%1&apos;; &apos;%2&apos; stays as it was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Lecture Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the lecture script &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new lecture script:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New lecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name of the lecture script:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new lecture script (the stored one stays as it was):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the lecture script &apos;%1&apos; with its %n step(s) and its unsaved changes? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the lecture script &apos;%1&apos; with its %n step and its unsaved changes? This cannot be undone.</numerusform>
            <numerusform>Delete the lecture script &apos;%1&apos; with its %n steps and its unsaved changes? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the lecture script &apos;%1&apos; with its %n step(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the lecture script &apos;%1&apos; with its %n step? This cannot be undone.</numerusform>
            <numerusform>Delete the lecture script &apos;%1&apos; with its %n steps? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Lecture Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in %1. Nothing was imported: fix the file and import it again.</source>
        <translation>
            <numerusform>%n problem found in %1. Nothing was imported: fix the file and import it again.</numerusform>
            <numerusform>%n problems found in %1. Nothing was imported: fix the file and import it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported the lecture script &apos;%1&apos; with %n step(s).</source>
        <translation>
            <numerusform>Imported the lecture script &apos;%1&apos; with %n step.</numerusform>
            <numerusform>Imported the lecture script &apos;%1&apos; with %n steps.</numerusform>
        </translation>
    </message>
    <message>
        <source>A script named &apos;%1&apos; already exists: the imported one is stored as &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) name decisions that are not in this database; they are kept and show as missing until those decisions are added.</source>
        <translation>
            <numerusform>%n step names a decision that is not in this database; it is kept and shows as missing until that decision is added.</numerusform>
            <numerusform>%n steps name decisions that are not in this database; they are kept and show as missing until those decisions are added.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Lecture Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; was not exported: %n problem(s) to fix first.
%2</source>
        <translation>
            <numerusform>&apos;%1&apos; was not exported: %n problem to fix first.
%2</numerusform>
            <numerusform>&apos;%1&apos; was not exported: %n problems to fix first.
%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported &apos;%1&apos;, with its unsaved changes, to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported &apos;%1&apos; to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture scripts (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture scripts (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n step(s)</source>
        <translation>
            <numerusform>%1 · %n step</numerusform>
            <numerusform>%1 · %n steps</numerusform>
        </translation>
    </message>
    <message>
        <source>This database holds no lecture scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lecture scripts yet: make one with New... or Import...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Script:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored lecture scripts and their number of steps; * marks unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new, empty lecture script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rena&amp;me...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename this lecture script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as Ne&amp;w...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the script as shown, unsaved changes included, under a new name; the stored script stays as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this lecture script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description of the lecture script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the lecture is about (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;teps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps of the lecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Up and Ctrl+Down move the selected step, Delete removes it, double-click presents from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the decision selected in the timeline or the table after the selected step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Title &amp;Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a title card after the selected step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected step (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Step Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected step up (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Step Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected step down (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the whole script to the database (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present the lecture from the selected step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a lecture script from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the script as shown to a file, to share with colleagues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Lecture Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a decision in the timeline or the table, then add it here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 after the selected step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is read-only: lecture scripts can be presented and exported, not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script already has the most steps a lecture script may hold (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 as step %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New title card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed step %1 (Undo brings it back).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LectureScriptRepository</name>
    <message>
        <source>this database is read-only: lecture scripts cannot be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this database is read-only: lecture scripts cannot be saved (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another caseline or another program is writing to the database; try again when it has finished (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading lecture scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the lecture script &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this database has no lecture scripts: it was made by an older caseline and, being read-only, cannot be brought up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no lecture script of that name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving step %1 of the lecture script &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the lecture script &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this database has no lecture tables (schema version older than 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another lecture script already has this name; choose another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was renamed or deleted by another caseline or another window since it was opened; your version was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was changed by another caseline or another window since it was opened; your version was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renaming the lecture script &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was changed, renamed or deleted by another caseline or another window since it was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another lecture script is already named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting the lecture script &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was changed, renamed or deleted by another caseline or another window since it was read; nothing was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding the example lecture script</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LectureSlide</name>
    <message>
        <source>No decision to present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caseline lecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caseline lecture: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some details uncertain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 imposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 collected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LectureSlidePreview</name>
    <message>
        <source>End of the lecture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LectureSource</name>
    <message>
        <source>%1: the file is larger than a lecture script can be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no lecture script named &apos;%1&apos; and no such file; the database has no scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no lecture script named &apos;%1&apos; and no such file; the database has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the script&apos;s step for decision &apos;%1&apos; is left out: it is not in this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no dated decision matches the filters; nothing to present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the script &apos;%1&apos; has no step to present</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LectureStepDelegate</name>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LectureStepEditor</name>
    <message>
        <source>Decision of this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the audience reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the title card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the card&apos;s text, shown under its title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the title card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what you say; the audience never sees it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Frame the timeline on these days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No steps yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2: a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2: a title card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frame ends before it starts: the script cannot be saved like this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>Announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: table, csv or json (default: table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format: unknown format &apos;%1&apos; (expected table, csv or json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Loading decisions: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this database&apos;s decisions again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading cancelled: no decision is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading cancelled: Load Decisions (in the status bar) reads them again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading the decisions; the window stays open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading decisions...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some data could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caseline: enforcement history of Clearview AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundled data updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of caseline ships newer data. Decisions you changed were kept; please review these:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative fines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find...	Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lane Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By &amp;First Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By &amp;Total Fines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alphabetical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adopted (decision date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nnounced (publication date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;orward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Table and Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About caseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundled data (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters cleared to show the related decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture Scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lecture Scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About caseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;caseline %1&lt;/h3&gt;&lt;p&gt;Explore and present the regulatory and court decisions concerning Clearview AI.&lt;/p&gt;&lt;p&gt;Every figure comes with its sources; uncertainty is shown, not hidden.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln decision(s)</source>
        <translation>
            <numerusform>%1 of %Ln decision</numerusform>
            <numerusform>%1 of %Ln decisions</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (cannot be reached: reconnecting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work on a database shared on a PostgreSQL server, edited by several people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to your own database file, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team database&apos;s address starts with postgresql://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nnect to Team Database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use Personal Database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>no output file was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a symbolic link to nothing; caseline does not create files through broken links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; give the name of a file inside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a device, not a regular file; caseline writes only regular files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a FIFO (named pipe), not a regular file; caseline writes only regular files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a socket, not a regular file; caseline writes only regular files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file; caseline writes only regular files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database (perhaps the one caseline has open); an export never replaces a database. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to an SQLite database (its log or journal); an export never replaces it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to the SQLite database beside it; an export never replaces it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the content could not be made</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PendingEdits</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file of pending edits: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: edit %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder of %1 cannot be made</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresentCommand</name>
    <message>
        <source>The lecture script to present: its name in the database, or a .json file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name|file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at this step (from 1; default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the lecture at this step into a .png, .svg or .pdf file and exit (no display needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screenshot&apos;s size in pixels; default 1920x1080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WxH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view to draw into the screenshot: audience (default) or presenter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default: projector).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--script: expected a script&apos;s name or a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--step: expected a step number from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot: &apos;%1&apos; must end in .png, .svg or .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size: expected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--view: unknown view &apos;%1&apos; (expected audience or presenter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--view presenter: the presenter view is a window, drawn only to .png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--theme: unknown theme &apos;%1&apos; (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--step: the lecture has 1 step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--step: the lecture has %1 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lecture mode needs a display (DISPLAY or WAYLAND_DISPLAY); --screenshot works without one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresentationExport</name>
    <message>
        <source>1 step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written, but not its text file: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Screenshotter</name>
    <message>
        <source>the window could not be captured</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>not a PostgreSQL address: it must begin with postgresql://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database name is not valid percent-encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user name or password is not valid percent-encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host is not valid percent-encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port number (1 to 65535)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a parameter of the form name=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parameter %1 may not contain &apos;;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>%1 &gt; %2</source>
        <comment>a submenu: the menu, then the submenu</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key or a word, e.g. Ctrl or zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shortcut matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>The bundled data of this version could not be merged: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <source>Output format: text or json (default: text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format: unknown format &apos;%1&apos; (expected text or json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caseline stats: the money totals are too large to be computed exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money imposed: EUR %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing after appeals: EUR %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected (payments known): EUR %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date basis: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By decision type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imposed (EUR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing (EUR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected (EUR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusLabel</name>
    <message>
        <source>annulled_on_appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appealed_outcome_unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved_appeal_pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ban_refusal_overturned_remitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complied_per_company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contested_remitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contested_remitted_to_FTT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dismissed_appeal_possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final_as_far_known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final_compliance_unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final_non_binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final_reportedly_unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final_unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final_unpaid_expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in_force_at_time_later_status_unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not_complied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome_not_found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overturned_on_appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proceedings_withdrawn_determination_stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommendations_rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remitted_to_DPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reversed_on_further_appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set_aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>superseded_by_settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>superseded_dismissed_on_venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upheld_in_part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upheld_on_appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upheld_on_judicial_review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Cancelling...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this work: nothing is written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamCommand</name>
    <message>
        <source>Open it with: caseline --database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected: team grant ADDRESS ROLE read|edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown rights &apos;%1&apos; (expected read or edit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team push: show what would be copied, without writing anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected what to do: init ADDRESS, push FILE ADDRESS, or grant ADDRESS ROLE read|edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown team command &apos;%1&apos; (expected init, push or grant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected: team init ADDRESS (postgresql://USER@HOST:PORT/DATABASE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected: team push FILE ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture script added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture script already there: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied to %1, with %n lecture script(s) added.</source>
        <translation>
            <numerusform>Copied to %1, with %n lecture script added.</numerusform>
            <numerusform>Copied to %1, with %n lecture scripts added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamConnectDialog</name>
    <message>
        <source>Connect to Team Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team database is caseline&apos;s database on a PostgreSQL server, shared by a research group, a newsroom or a course. Its owner made it with caseline team init and gives you its address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caseline never stores a password: the server&apos;s password is taken from ~/.pgpass or PGPASSWORD, as by psql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamDatabase</name>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian&apos;s libqt6sql6-psql)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a caseline team database: make it one with caseline team init %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a caseline team database (its tables belong to another application)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by a newer caseline (schema version %2, this version reads up to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has schema version %2, which this caseline cannot read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the bundled schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a caseline team database: nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: making the team database failed, nothing was changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is now a caseline team database (schema version %2) with the %n bundled decision(s)</source>
        <translation>
            <numerusform>%1 is now a caseline team database (schema version %2) with the %n bundled decision</numerusform>
            <numerusform>%1 is now a caseline team database (schema version %2) with the %n bundled decisions</numerusform>
        </translation>
    </message>
    <message>
        <source>The example lecture could not be added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only for you: the role %2 may read this team database but not change it. Its owner can give you edit rights with caseline team grant ADDRESS %2 edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot change the rights of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the role %2 may now read and change the team database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the role %2 may now only read the team database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamPush</name>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare the decisions of %1 for the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decisions of %1 cannot be copied: nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lecture script %1 cannot be copied: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file: a personal database is an SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector (high contrast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThemeNames</name>
    <message>
        <source>%1, %2 or %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineDescription</name>
    <message numerus="yes">
        <source>%1 formal notice(s)</source>
        <translation>
            <numerusform>%1 formal notice</numerusform>
            <numerusform>%1 formal notices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 provisional notice(s)</source>
        <translation>
            <numerusform>%1 provisional notice</numerusform>
            <numerusform>%1 provisional notices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 fine(s)</source>
        <translation>
            <numerusform>%1 fine</numerusform>
            <numerusform>%1 fines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 penalty payment(s)</source>
        <translation>
            <numerusform>%1 penalty payment</numerusform>
            <numerusform>%1 penalty payments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 order(s)</source>
        <translation>
            <numerusform>%1 order</numerusform>
            <numerusform>%1 orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 reprimand(s)</source>
        <translation>
            <numerusform>%1 reprimand</numerusform>
            <numerusform>%1 reprimands</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 finding(s)</source>
        <translation>
            <numerusform>%1 finding</numerusform>
            <numerusform>%1 findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 court ruling(s)</source>
        <translation>
            <numerusform>%1 court ruling</numerusform>
            <numerusform>%1 court rulings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 appeal ruling(s)</source>
        <translation>
            <numerusform>%1 appeal ruling</numerusform>
            <numerusform>%1 appeal rulings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 settlement(s)</source>
        <translation>
            <numerusform>%1 settlement</numerusform>
            <numerusform>%1 settlements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 criminal complaint(s)</source>
        <translation>
            <numerusform>%1 criminal complaint</numerusform>
            <numerusform>%1 criminal complaints</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>an amount and its euro equivalent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, undated</source>
        <comment>authority and decision type: &apos;ICO fine, undated&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <comment>authority, decision type and date: &apos;ICO fine of 18 May 2022&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an unknown decision type and its number of decisions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision matches the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The timeline shows %1 decision(s).</source>
        <translation>
            <numerusform>The timeline shows %1 decision.</numerusform>
            <numerusform>The timeline shows %1 decisions.</numerusform>
        </translation>
    </message>
    <message>
        <source>They run from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is dated %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are all dated %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates are those of the announcements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates are those of adoption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 decision(s) without a date are not placed.</source>
        <translation>
            <numerusform>%1 decision without a date is not placed.</numerusform>
            <numerusform>%1 decisions without a date are not placed.</numerusform>
        </translation>
    </message>
    <message>
        <source>By type: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>a number of decisions in a country: &apos;10 in Canada&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By country: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 decision(s) set aside by later rulings: %2.</source>
        <translation>
            <numerusform>%1 decision set aside by a later ruling: %2.</numerusform>
            <numerusform>%1 decisions set aside by later rulings: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 decision(s) set aside by later rulings.</source>
        <translation>
            <numerusform>%1 decision set aside by a later ruling.</numerusform>
            <numerusform>%1 decisions set aside by later rulings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 decision(s) contested or under appeal: %2.</source>
        <translation>
            <numerusform>%1 decision contested or under appeal: %2.</numerusform>
            <numerusform>%1 decisions contested or under appeal: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 decision(s) contested or under appeal.</source>
        <translation>
            <numerusform>%1 decision contested or under appeal.</numerusform>
            <numerusform>%1 decisions contested or under appeal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 decision(s) recorded as unpaid: %2.</source>
        <translation>
            <numerusform>%1 decision recorded as unpaid: %2.</numerusform>
            <numerusform>%1 decisions recorded as unpaid: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 decision(s) recorded as unpaid.</source>
        <translation>
            <numerusform>%1 decision recorded as unpaid.</numerusform>
            <numerusform>%1 decisions recorded as unpaid.</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The table of the %1 decision(s) is left out here; &apos;caseline describe timeline&apos; with the same filters prints it.</source>
        <translation>
            <numerusform>The table of the %1 decision is left out here; &apos;caseline describe timeline&apos; with the same filters prints it.</numerusform>
            <numerusform>The table of the %1 decisions is left out here; &apos;caseline describe timeline&apos; with the same filters prints it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineFrame</name>
    <message>
        <source>up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>authority, amount</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineLegend</name>
    <message>
        <source>Area by euro amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set aside or annulled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several decisions (zoom in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several decisions, close in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periodic penalty accruing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineMarkerPainter</name>
    <message>
        <source>%1k</source>
        <comment>a count in thousands</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1M</source>
        <comment>a count in millions</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineRenderer</name>
    <message>
        <source>GDPR in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caseline timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decisions match the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <comment>period, start date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineScale</name>
    <message>
        <source>Q%1 %2</source>
        <comment>quarter, year</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineToolTip</name>
    <message numerus="yes">
        <source>%n decisions</source>
        <translation>
            <numerusform>%n decision</numerusform>
            <numerusform>%n decisions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fines and penalty payments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (set aside or annulled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (contested)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (about %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous or next decision in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nearest decision in the lane above or below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First or last decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected decision&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in or out around the selected decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit all decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to the selected decision and those related to it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Explore and present the enforcement history of Clearview AI.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the caseline database at PATH (created from the bundled data if missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the window, save it as FILE.png after its first paint, and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size, e.g. 1280x720.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with the decision ID selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in a theme: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size: expected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot: the file name must end in .png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--theme: unknown theme &apos;%1&apos; (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Your file was not changed. caseline shows the bundled data, read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

You can explore it; changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the language CODE for the window: en or fr (default: the one last chosen in View &gt; Language, else the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang: unknown language &apos;%1&apos; (expected en or fr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;caseline --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team database not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

caseline shows your personal database; File &gt; Connect to Team Database connects again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
