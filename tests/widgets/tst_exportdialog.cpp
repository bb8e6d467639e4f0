// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

// The export dialog driven as a user does: its labels, its presets, a missing folder, a failed export.
class TestExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void labels_showNoLiteralAmpersand();
    void altF_movesToTheFile();
    void choices_comeBackAsGiven();
    void presets_fillTheSize_customEditsIt();
    void missingFolder_isCreated_andTheExportRuns();
    void folderThatCannotBeMade_keepsTheDialogOpenWithEveryChoice();
    void failedExport_keepsTheDialogOpen_thenSucceeds();
    void wrongSuffix_andTransparentPdf_areShownInTheDialog();
    void snapshot();

private:
    ExportDialog *open(const ExportChoices &choices);
    void clickExport();
    // On the box itself: a check box row is as wide as the form, its centre may be beyond the text.
    static void toggle(QCheckBox *box) { QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(6, box->height() / 2)); }
    template <typename T> T *child(const char *name) const
    {
        T *widget = m_dialog->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no %s in the export dialog", name);
        return widget;
    }

    QTemporaryDir m_dir;
    ExportDialog *m_dialog = nullptr;
    QList<ExportChoices> m_exported;
    QString m_exportProblem;
};

namespace {

ExportChoices someChoices(const QString &file)
{
    ExportChoices c;
    c.fileName = file;
    c.preset = QStringLiteral("custom");
    c.customSize = QSize(1000, 800);
    c.customDpi = 150;
    c.theme = QStringLiteral("dark");
    c.title = true;
    c.titleText = QStringLiteral("Fines over time");
    c.subtitle = QStringLiteral("Lecture 3");
    c.citation = false;
    c.transparent = true;
    return c;
}

bool sameChoices(const ExportChoices &a, const ExportChoices &b)
{
    return a.fileName == b.fileName && a.preset == b.preset && a.customSize == b.customSize
        && a.customDpi == b.customDpi && a.theme == b.theme && a.title == b.title && a.titleText == b.titleText
        && a.subtitle == b.subtitle && a.citation == b.citation && a.transparent == b.transparent;
}

} // namespace

void TestExportDialog::init()
{
    QVERIFY(m_dir.isValid());
    m_exported.clear();
    m_exportProblem.clear();
}

void TestExportDialog::cleanup()
{
    delete m_dialog;
    m_dialog = nullptr;
}

ExportDialog *TestExportDialog::open(const ExportChoices &choices)
{
    m_dialog = new ExportDialog(QStringLiteral("timeline"), choices);
    m_dialog->setExporter([this](const ExportChoices &c) {
        m_exported.append(c);
        return m_exportProblem;
    });
    m_dialog->show();
    if (!QTest::qWaitForWindowExposed(m_dialog))
        qWarning("the dialog was not exposed");
    return m_dialog;
}

void TestExportDialog::clickExport()
{
    QPushButton *button = m_dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QCOMPARE(button->text(), QStringLiteral("Export"));
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestExportDialog::labels_showNoLiteralAmpersand()
{
    open(ExportChoices());
    int mnemonics = 0;
    for (const QLabel *label : m_dialog->findChildren<QLabel *>()) {
        QString text = label->text();
        text.remove(QLatin1String("&&"));
        if (!text.contains(QLatin1Char('&')))
            continue;
        // A label draws its "&" as an underline only when it has a buddy; otherwise the user reads "&File".
        ++mnemonics;
        QVERIFY2(label->buddy(), qPrintable(label->text()));
    }
    QVERIFY(mnemonics >= 4);
    // Each Alt+letter leads to one place.
    QSet<QChar> letters;
    QStringList texts;
    for (const QLabel *label : m_dialog->findChildren<QLabel *>())
        texts << label->text();
    for (const QAbstractButton *button : m_dialog->findChildren<QAbstractButton *>())
        texts << button->text();
    for (QString text : std::as_const(texts)) {
        text.remove(QLatin1String("&&"));
        const qsizetype at = text.indexOf(QLatin1Char('&'));
        if (at < 0 || at + 1 >= text.size())
            continue;
        const QChar letter = text.at(at + 1).toLower();
        QVERIFY2(!letters.contains(letter), qPrintable(QStringLiteral("Alt+%1 twice: %2").arg(letter).arg(text)));
        letters.insert(letter);
    }
    const auto labels = m_dialog->findChildren<QLabel *>();
    const auto file = std::find_if(labels.cbegin(), labels.cend(),
        [](const QLabel *l) { return l->text().startsWith(QLatin1String("&File")); });
    QVERIFY(file != labels.cend());
    QCOMPARE((*file)->buddy(), child<QLineEdit>("exportFile"));
}

void TestExportDialog::altF_movesToTheFile()
{
    open(ExportChoices());
    m_dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog));
    child<QComboBox>("exportTheme")->setFocus();
    QTest::keyClick(m_dialog, Qt::Key_F, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>("exportFile"));
}

void TestExportDialog::choices_comeBackAsGiven()
{
    const ExportChoices given = someChoices(m_dir.filePath(QStringLiteral("fig.svg")));
    open(given);
    QVERIFY(sameChoices(m_dialog->choices(), given));
    QCOMPARE(m_dialog->choices().canvas().pixels, QSize(1000, 800));
    QCOMPARE(m_dialog->choices().canvas().dpi, 150);
    // With the title off, its texts wait, greyed.
    toggle(child<QCheckBox>("exportTitled"));
    QVERIFY(!child<QLineEdit>("exportTitle")->isEnabled());
    QCOMPARE(m_dialog->choices().titleText, QStringLiteral("Fines over time"));
    QVERIFY(!m_dialog->choices().title);
}

void TestExportDialog::presets_fillTheSize_customEditsIt()
{
    open(ExportChoices());
    QComboBox *preset = child<QComboBox>("exportPreset");
    QCOMPARE(preset->currentData().toString(), QStringLiteral("slide-1080"));
    preset->setCurrentIndex(preset->findData(QStringLiteral("a4")));
    QCOMPARE(child<QSpinBox>("exportWidth")->value(), 3508);
    QCOMPARE(child<QSpinBox>("exportHeight")->value(), 2480);
    QCOMPARE(child<QSpinBox>("exportDpi")->value(), 300);
    QVERIFY(!child<QSpinBox>("exportWidth")->isEnabled());
    QCOMPARE(m_dialog->choices().canvas().paperMillimetres, QSizeF(297, 210));
    preset->setCurrentIndex(preset->findData(QStringLiteral("custom")));
    QVERIFY(child<QSpinBox>("exportWidth")->isEnabled());
    child<QSpinBox>("exportWidth")->setValue(1234);
    QCOMPARE(m_dialog->choices().canvas().pixels, QSize(1234, 2480));
}

void TestExportDialog::missingFolder_isCreated_andTheExportRuns()
{
    // Pictures does not exist on a fresh system: the first export must not fail on it.
    const QString file = m_dir.filePath(QStringLiteral("Pictures/caseline/timeline.png"));
    open(ExportChoices());
    QLineEdit *edit = child<QLineEdit>("exportFile");
    edit->clear();
    QTest::keyClicks(edit, file);
    clickExport();
    QVERIFY(QFileInfo(m_dir.filePath(QStringLiteral("Pictures/caseline"))).isDir());
    QCOMPARE(m_exported.size(), 1);
    QCOMPARE(m_exported.constFirst().fileName, file);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QVERIFY(!m_dialog->isVisible());
}

void TestExportDialog::folderThatCannotBeMade_keepsTheDialogOpenWithEveryChoice()
{
    // A file where the folder should be: no folder can be made there.
    QFile blocker(m_dir.filePath(QStringLiteral("blocker")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const ExportChoices given = someChoices(m_dir.filePath(QStringLiteral("blocker/figures/fig.png")));
    open(given);
    clickExport();
    QVERIFY(m_dialog->isVisible());
    QVERIFY(m_exported.isEmpty());
    QVERIFY2(m_dialog->errorText().contains(m_dir.filePath(QStringLiteral("blocker/figures"))), qPrintable(m_dialog->errorText()));
    QVERIFY(child<QLabel>("exportError")->isVisible());
    QVERIFY(sameChoices(m_dialog->choices(), given));
}

void TestExportDialog::failedExport_keepsTheDialogOpen_thenSucceeds()
{
    const ExportChoices given = someChoices(m_dir.filePath(QStringLiteral("fig.png")));
    open(given);
    m_exportProblem = QStringLiteral("fig.png: no space left on device");
    clickExport();
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_dialog->errorText(), m_exportProblem);
    QVERIFY(sameChoices(m_dialog->choices(), given));
    m_exportProblem.clear();
    clickExport();
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(m_exported.size(), 2);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
}

void TestExportDialog::wrongSuffix_andTransparentPdf_areShownInTheDialog()
{
    ExportChoices given = someChoices(m_dir.filePath(QStringLiteral("fig.gif")));
    open(given);
    clickExport();
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_dialog->errorText(), QStringLiteral("The file name must end in .png, .svg or .pdf."));
    QLineEdit *edit = child<QLineEdit>("exportFile");
    edit->setText(m_dir.filePath(QStringLiteral("fig.pdf")));
    clickExport();
    QVERIFY(m_dialog->isVisible());
    QVERIFY(m_dialog->errorText().contains(QLatin1String("cannot be transparent")));
    toggle(child<QCheckBox>("exportTransparent"));
    clickExport();
    QVERIFY(!m_dialog->isVisible());
    QVERIFY(m_dialog->errorText().isEmpty());
    QCOMPARE(m_exported.size(), 1);
}

void TestExportDialog::snapshot()
{
    // CASELINE_EXPORT_SNAPSHOTS=/some/folder writes the dialog with an error shown, to look at.
    const QString folder = qEnvironmentVariable("CASELINE_EXPORT_SNAPSHOTS");
    if (folder.isEmpty())
        QSKIP("set CASELINE_EXPORT_SNAPSHOTS to a folder to write a snapshot");
    open(someChoices(m_dir.filePath(QStringLiteral("fig.gif"))));
    clickExport();
    QVERIFY(m_dialog->grab().save(folder + QStringLiteral("/export-dialog.png")));
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
