// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The lecture script panel driven as a user drives it: keys, buttons and the dialogs they open (answered as a
// user answers them), over a real database made by CaseDatabase. Drag and drop goes through the model's
// mimeData() and dropMimeData(), which the list hands a drop to: QTest cannot drag.
#include "casedatabase.h"
#include "fixtures.h"
#include "importvalidator.h"
#include "lecturescriptjson.h"
#include "lecturescriptmodel.h"
#include "lecturescriptpanel.h"
#include "lecturescriptrepository.h"
#include "lecturestepeditor.h"
#include "lecturesteplist.h"
#include "modalanswers.h"
#include "temporarydatabase.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>
#include <memory>


// The lecture script panel as both panel tests drive it: a temporary database holding the script "Test lecture"
// (title cards A, B, C), the panel shown on it with a model tester, and the dialogs answered (ModalAnswers).
namespace LectureScriptPanelTesting {

const QString TestScript = QStringLiteral("Test lecture");

// Steps named A, B, C, ... (title cards), so an order reads as a string.
LectureScript lettered(const QString &name, const QString &letters)
{
    LectureScript s;
    s.name = name;
    s.description = QStringLiteral("three cards");
    for (const QChar c : letters)
        s.steps.append(LectureScriptStep::titleCard(QString(c)));
    return s;
}

QString order(const QList<LectureScriptStep> &steps)
{
    QString out;
    for (const LectureScriptStep &step : steps)
        out += step.isDecision() ? QStringLiteral("#") : step.title;
    return out;
}

QString knownDecision()
{
    return Fixtures::bundled().decisions.constFirst().id;
}

} // namespace LectureScriptPanelTesting

class LectureScriptPanelFixture
{
protected:
    // For init(): the database with the test script, the panel on it.
    void setUp()
    {

        m_db = std::make_unique<TemporaryDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->errorString()));
        LectureScript script = LectureScriptPanelTesting::lettered(LectureScriptPanelTesting::TestScript, QStringLiteral("ABC"));
        LectureScriptRepository repo = repository();
        QVERIFY2(repo.save(script), qPrintable(repo.lastError()));
        m_answers = std::make_unique<ModalAnswers>();
        makePanel();
        QVERIFY(m_panel->selectScript(LectureScriptPanelTesting::TestScript));
    }

    // For cleanup(): every dialog the test expected was answered, and no other appeared.
    void tearDown()
    {

        QVERIFY2(m_answers->unexpected().isEmpty(), qPrintable(m_answers->unexpected().join(QLatin1Char('\n'))));
        QCOMPARE(m_answers->pending(), 0);
        m_tester.reset();
        m_panel.reset();
        m_answers.reset();
        m_db.reset();
    }

    void makePanel()
    {

        m_tester.reset();
        m_panel = std::make_unique<LectureScriptPanel>(m_db->database());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_panel->setDecisions(Fixtures::bundled().decisions);
        m_panel->resize(380, 720);
        m_panel->show();
        QApplication::setActiveWindow(m_panel.get());
        QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    }

    template <typename T> T *child(const char *name) const { return m_panel->findChild<T *>(QLatin1String(name)); }
    LectureStepList *list() const { return child<LectureStepList>("stepList"); }
    QString panelOrder() const { return LectureScriptPanelTesting::order(m_panel->currentScript().steps); }
    QString storedOrder(const QString &name = LectureScriptPanelTesting::TestScript) const
    {
        const auto script = repository().script(name);
        return script ? LectureScriptPanelTesting::order(script->steps) : QStringLiteral("(none)");
    }
    LectureScriptRepository repository() const { return LectureScriptRepository(m_db->database()); }
    QString writeFile(const QString &name, const QByteArray &bytes) const
    {

        const QString path = m_db->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return QString();
        return path;
    }

    std::unique_ptr<TemporaryDatabase> m_db;
    std::unique_ptr<ModalAnswers> m_answers;
    std::unique_ptr<LectureScriptPanel> m_panel;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};
