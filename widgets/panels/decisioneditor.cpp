// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisioneditor.h"

#include "countryregistry.h"
#include "decisiontype.h"
#include "frenchtexts.h"
#include "importvalidator.h"

#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// Separates a source's address from what it confirms, on one line of the sources field.
const QLatin1String SourceSeparator(" | ");

// Currencies the validator knows, as the locales of this system name them; EUR first, the rest sorted.
QStringList knownCurrencies()
{
    QStringList codes;
    const QList<QLocale> locales
        = QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
    for (const QLocale &locale : locales) {
        const QString code = locale.currencySymbol(QLocale::CurrencyIsoCode);
        if (Money::isKnownCurrency(code) && !codes.contains(code))
            codes.append(code);
    }
    std::sort(codes.begin(), codes.end());
    codes.removeAll(QStringLiteral("EUR"));
    codes.prepend(QStringLiteral("EUR"));
    return codes;
}

// The text of a plain-text editor as typed: toPlainText() would turn non-breaking spaces into spaces.
QString rawText(const QPlainTextEdit *edit)
{
    QString text = edit->document()->toRawText();
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    return text;
}

// One entry per non-empty line.
QStringList lines(const QPlainTextEdit *edit)
{
    QStringList out;
    const QStringList all = rawText(edit).split(QLatin1Char('\n'));
    for (const QString &line : all) {
        if (!line.trimmed().isEmpty())
            out.append(line.trimmed());
    }
    return out;
}

// A source as one line: its address, or for press without one its title and publisher, then what it confirms.
QString sourceLine(const Source &s)
{
    QString where = s.url;
    if (where.isEmpty()) {
        where = s.title;
        if (!s.publisher.isEmpty())
            where += QStringLiteral(" \u2014 ") + s.publisher;
    }
    return s.confirms.isEmpty() ? where : where + SourceSeparator + s.confirms;
}

void selectData(QComboBox *combo, const QString &value)
{
    int index = combo->findData(value);
    if (index < 0 && !value.isEmpty()) {
        // A value the lists do not know (an imported record) is shown rather than lost; the validator names it.
        combo->addItem(value, value);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(std::max(index, 0));
}

} // namespace

DecisionEditor::DecisionEditor(DecisionValidator::Mode mode, const QSet<QString> &existingIds, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_existingIds(existingIds)
{
    setWindowTitle(mode == DecisionValidator::Mode::Add ? tr("Add a decision") : tr("Edit a decision"));
    createForm();
    resize(680, 760);
}

void DecisionEditor::createForm()
{
    auto *layout = new QVBoxLayout(this);

    m_generalProblems = new QLabel(this);
    m_generalProblems->setObjectName(QStringLiteral("generalProblems"));
    m_generalProblems->setTextFormat(Qt::PlainText);
    m_generalProblems->setWordWrap(true);
    m_generalProblems->hide();
    layout->addWidget(m_generalProblems);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_formWidget = new QWidget(m_scroll);
    auto *form = new QFormLayout(m_formWidget);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_scroll->setWidget(m_formWidget);
    layout->addWidget(m_scroll, 1);

    // Created in the order of the form, which is also the tab order.
    m_id = addLineEdit(QStringLiteral("id"), tr("&Id:"), tr("e.g. fr-cnil-2022-fine"));
    m_id->setReadOnly(m_mode == DecisionValidator::Mode::Edit);
    m_country = addComboBox(QStringLiteral("country"), tr("&Country:"));
    QList<Country> countries = CountryRegistry::all();
    QCollator collator(locale());
    std::sort(countries.begin(), countries.end(), [&](const Country &a, const Country &b) {
        return collator.compare(CountryRegistry::name(a.code, locale()), CountryRegistry::name(b.code, locale())) < 0;
    });
    for (const Country &c : std::as_const(countries))
        m_country->addItem(tr("%1 (%2)").arg(CountryRegistry::name(c.code, locale()), c.code), c.code);
    m_authority = addLineEdit(QStringLiteral("authority"), tr("A&uthority:"), tr("the body that decided"));
    m_authorityType = addLineEdit(
        QStringLiteral("authority_type"), tr("Authority &type:"), tr("e.g. data protection authority, court"));
    m_target = addLineEdit(QStringLiteral("target"), tr("Tar&get:"), tr("who the decision is against"));
    m_type = addComboBox(QStringLiteral("decision_type"), tr("Decision t&ype:"));
    for (const QString &type : DecisionType::all())
        m_type->addItem(DecisionType::label(type), type);
    addDateRow(QStringLiteral("decision_date"), tr("Adopted:"), &m_decisionDateKnown, &m_decisionDate);
    addDateRow(QStringLiteral("announce_date"), tr("Announced:"), &m_announceDateKnown, &m_announceDate);
    m_dateNotes = addTextEdit(
        QStringLiteral("date_notes"), tr("Date &notes:"), tr("uncertainty or conflicts about the dates"), 2);
    m_amount = addLineEdit(QStringLiteral("amount"), tr("A&mount:"), tr("e.g. 7552800 or 7552800.50"));
    m_currency = addComboBox(QStringLiteral("currency"), tr("Cu&rrency:"));
    m_currency->setEditable(true);
    m_currency->setInsertPolicy(QComboBox::NoInsert);
    for (const QString &code : knownCurrencies())
        m_currency->addItem(code, code);
    m_currency->lineEdit()->setPlaceholderText(tr("ISO 4217 code, e.g. EUR"));
    m_amountEur = addLineEdit(QStringLiteral("amount_eur"), tr("&EUR equivalent:"), tr("e.g. 8920279"));
    m_fxRate = addLineEdit(
        QStringLiteral("fx_rate_used"), tr("E&xchange rate:"), tr("e.g. ECB reference rate 18 May 2022: 0.84670"));
    m_amountIsMaximum = addCheckBox(QStringLiteral("amount_is_maximum"), tr("The amount is a maximum (\"up to\")"));
    m_cumulative
        = addCheckBox(QStringLiteral("include_in_cumulative_fines"), tr("Count the amount in the cumulative fines"));
    m_status = addLineEdit(QStringLiteral("status"), tr("&Status:"), tr("e.g. final, appealed, annulled_on_appeal"));
    m_outcome = addTextEdit(QStringLiteral("outcome"), tr("&Outcome:"), tr("what happened next"), 3);
    m_reference = addLineEdit(QStringLiteral("reference"), tr("Re&ference:"), tr("the official decision number"));
    m_relatedTo = addLineEdit(
        QStringLiteral("related_to"), tr("Re&lated to:"), tr("ids of earlier decisions, separated by commas"));
    m_sources = addTextEdit(
        QStringLiteral("sources"), tr("Sour&ces:"), tr("one per line: https://... | what it confirms"), 4);
    m_facts = addTextEdit(QStringLiteral("facts"), tr("F&acts:"), tr("one per line"), 3);
    m_lowConfidence
        = addTextEdit(QStringLiteral("low_confidence_details"), tr("Lo&w-confidence details:"), tr("one per line"), 2);
    m_summary = addTextEdit(QStringLiteral("summary"), tr("Su&mmary:"), QString(), 3);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &DecisionEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DecisionEditor::reject);
    layout->addWidget(buttons);
    // Enter inserts a line in the multi-line fields; Ctrl+Enter confirms from anywhere.
    for (const QKeySequence &keys :
        { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) }) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &DecisionEditor::accept);
    }
    m_id->setFocus();
}

void DecisionEditor::addRow(const QString &field, const QString &label, QWidget *editor, QWidget *content)
{
    auto *cell = new QWidget(m_formWidget);
    auto *cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);
    cellLayout->addWidget(content);
    auto *problem = new QLabel(cell);
    problem->setObjectName(QStringLiteral("problem_") + field);
    problem->setTextFormat(Qt::PlainText);
    problem->setWordWrap(true);
    problem->hide();
    cellLayout->addWidget(problem);
    cell->setFocusProxy(editor);
    auto *form = static_cast<QFormLayout *>(m_formWidget->layout());
    if (label.isEmpty())
        form->addRow(cell);
    else
        form->addRow(label, cell);
    editor->setObjectName(field);
    m_rows.insert(field, { editor, problem });
    m_fieldOrder.append(field);
}

QLineEdit *DecisionEditor::addLineEdit(const QString &field, const QString &label, const QString &placeholder)
{
    auto *edit = new QLineEdit(m_formWidget);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    addRow(field, label, edit, edit);
    return edit;
}

QPlainTextEdit *DecisionEditor::addTextEdit(
    const QString &field, const QString &label, const QString &placeholder, int lineCount)
{
    auto *edit = new QPlainTextEdit(m_formWidget);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lineCount + 2 * edit->frameWidth() + 8);
    addRow(field, label, edit, edit);
    return edit;
}

QComboBox *DecisionEditor::addComboBox(const QString &field, const QString &label)
{
    auto *combo = new QComboBox(m_formWidget);
    combo->addItem(QString(), QString());
    addRow(field, label, combo, combo);
    return combo;
}

QCheckBox *DecisionEditor::addCheckBox(const QString &field, const QString &text)
{
    auto *box = new QCheckBox(text, m_formWidget);
    addRow(field, QString(), box, box);
    return box;
}

void DecisionEditor::addDateRow(const QString &field, const QString &label, QCheckBox **known, QDateEdit **edit)
{
    auto *content = new QWidget(m_formWidget);
    auto *row = new QHBoxLayout(content);
    row->setContentsMargins(0, 0, 0, 0);
    *known = new QCheckBox(tr("Known"), content);
    *edit = new QDateEdit(QDate::currentDate(), content);
    (*edit)->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    (*edit)->setCalendarPopup(true);
    (*edit)->setDateRange(QDate(ImportValidator::MinYear, 1, 1), QDate(ImportValidator::MaxYear, 12, 31));
    (*edit)->setEnabled(false);
    (*edit)->setObjectName(field + QStringLiteral("_edit"));
    (*edit)->setAccessibleName(label);
    row->addWidget(*known);
    row->addWidget(*edit, 1);
    QDateEdit *dateEdit = *edit;
    connect(*known, &QCheckBox::toggled, dateEdit, &QWidget::setEnabled);
    (*known)->setAccessibleName(tr("%1 known").arg(label));
    addRow(field, label, *known, content);
}

void DecisionEditor::setDecision(const Decision &d)
{
    m_base = d;
    m_id->setText(d.id);
    selectData(m_country, d.country);
    m_authority->setText(d.authority);
    m_authorityType->setText(d.authorityType);
    m_target->setText(d.target);
    selectData(m_type, d.decisionType);
    m_decisionDateKnown->setChecked(d.decisionDate.isValid());
    if (d.decisionDate.isValid())
        m_decisionDate->setDate(d.decisionDate);
    m_announceDateKnown->setChecked(d.announceDate.isValid());
    if (d.announceDate.isValid())
        m_announceDate->setDate(d.announceDate);
    m_dateNotes->setPlainText(d.dateNotes);
    m_amount->setText(d.amount ? d.amount->toDecimalString() : QString());
    if (d.amount)
        selectData(m_currency, d.amount->currency);
    else
        m_currency->setCurrentIndex(0);
    m_amountEur->setText(d.amountEur ? d.amountEur->toDecimalString() : QString());
    m_fxRate->setText(d.fxRateUsed);
    m_amountIsMaximum->setChecked(d.amountIsMaximum);
    m_cumulative->setChecked(d.includeInCumulativeFines);
    m_status->setText(d.status);
    m_outcome->setPlainText(d.outcome);
    m_reference->setText(d.reference);
    m_relatedTo->setText(d.relatedTo.join(QLatin1String(", ")));
    QStringList sourceLines;
    for (const Source &s : d.sources)
        sourceLines.append(sourceLine(s));
    m_sources->setPlainText(sourceLines.join(QLatin1Char('\n')));
    m_facts->setPlainText(d.facts.join(QLatin1Char('\n')));
    m_lowConfidence->setPlainText(d.lowConfidenceDetails.join(QLatin1Char('\n')));
    m_summary->setPlainText(d.summary);
    if (m_mode == DecisionValidator::Mode::Edit) {
        setWindowTitle(tr("Edit %1").arg(ImportValidator::printable(d.id, 80)));
        // The id cannot change: start on the first field that can.
        m_country->setFocus();
    }
    clearProblems();
}

QList<Source> DecisionEditor::formSources() const
{
    // Lines left as they were keep their source whole (a press source's title, publisher and language).
    QList<Source> unused = m_base.sources;
    QList<Source> sources;
    for (const QString &line : lines(m_sources)) {
        const auto same
            = std::find_if(unused.begin(), unused.end(), [&](const Source &s) { return sourceLine(s) == line; });
        if (same != unused.end()) {
            sources.append(*same);
            unused.erase(same);
            continue;
        }
        Source source;
        const qsizetype bar = line.indexOf(QLatin1Char('|'));
        source.url = (bar < 0 ? line : line.left(bar)).trimmed();
        source.confirms = bar < 0 ? QString() : line.mid(bar + 1).trimmed();
        const auto known = std::find_if(
            m_base.sources.cbegin(), m_base.sources.cend(), [&](const Source &s) { return s.url == source.url; });
        if (known != m_base.sources.cend() && !source.url.isEmpty()) {
            source.title = known->title;
            source.publisher = known->publisher;
            source.language = known->language;
        }
        sources.append(source);
    }
    return sources;
}

Decision DecisionEditor::formDecision(QList<FieldProblem> *parseProblems) const
{
    Decision d = m_base;
    d.id = m_id->text().trimmed();
    d.country = m_country->currentData().toString();
    d.authority = m_authority->text();
    d.authorityType = m_authorityType->text();
    d.target = m_target->text();
    d.decisionType = m_type->currentData().toString();
    d.decisionDate = m_decisionDateKnown->isChecked() ? m_decisionDate->date() : QDate();
    d.announceDate = m_announceDateKnown->isChecked() ? m_announceDate->date() : QDate();
    // The research's choice of plotting date was about the dates it had; new dates follow the usual rule.
    if (d.decisionDate != m_base.decisionDate || d.announceDate != m_base.announceDate)
        d.timelineDateOverride = QDate();
    d.dateNotes = rawText(m_dateNotes);
    const QString currency = m_currency->currentText().trimmed().toUpper();
    d.amount = DecisionValidator::parseAmount(m_amount->text(), currency, QStringLiteral("amount"), parseProblems);
    d.amountEur = DecisionValidator::parseAmount(
        m_amountEur->text(), QStringLiteral("EUR"), QStringLiteral("amount_eur"), parseProblems);
    d.fxRateUsed = m_fxRate->text();
    d.amountIsMaximum = m_amountIsMaximum->isChecked();
    d.includeInCumulativeFines = m_cumulative->isChecked();
    d.status = m_status->text();
    d.outcome = rawText(m_outcome);
    d.reference = m_reference->text();
    d.relatedTo.clear();
    const QStringList related = m_relatedTo->text().split(QLatin1Char(','));
    for (const QString &id : related) {
        if (!id.trimmed().isEmpty())
            d.relatedTo.append(id.trimmed());
    }
    d.sources = formSources();
    d.facts = lines(m_facts);
    d.lowConfidenceDetails = lines(m_lowConfidence);
    d.summary = rawText(m_summary);
    // The form edits the English texts only: a French translation of a text the user changed is dropped, not
    // kept beside a text it no longer translates (and validation would refuse a list of the wrong length).
    return FrenchTexts::withoutStaleTranslations(m_base, d);
}

Decision DecisionEditor::decision() const
{
    QList<FieldProblem> ignored;
    return formDecision(&ignored);
}

void DecisionEditor::accept()
{
    QList<FieldProblem> problems;
    const Decision d = formDecision(&problems);
    const QList<FieldProblem> rules = DecisionValidator::validate(d, m_mode, m_existingIds);
    for (const FieldProblem &p : rules) {
        const bool known = std::any_of(
            problems.cbegin(), problems.cend(), [&](const FieldProblem &q) { return q.field == p.field; });
        if (!known)
            problems.append(p);
    }
    std::stable_sort(problems.begin(), problems.end(), [this](const FieldProblem &a, const FieldProblem &b) {
        const auto order = [this](const QString &field) {
            const qsizetype index = m_fieldOrder.indexOf(field);
            return index < 0 ? qsizetype(-1) : index;
        };
        return order(a.field) < order(b.field);
    });
    if (problems.isEmpty()) {
        clearProblems();
        QDialog::accept();
        return;
    }
    showProblems(problems);
}

void DecisionEditor::clearProblems()
{
    m_problems.clear();
    for (const FieldRow &row : std::as_const(m_rows)) {
        row.problem->clear();
        row.problem->hide();
        row.editor->setAccessibleDescription(QString());
    }
    m_generalProblems->clear();
    m_generalProblems->hide();
}

void DecisionEditor::showProblems(const QList<FieldProblem> &problems)
{
    clearProblems();
    m_problems = problems;
    // No palette role means "error"; a red readable on the window's background does.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QColor red = dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
    QStringList general;
    QWidget *first = nullptr;
    for (const FieldProblem &p : problems) {
        const auto row = m_rows.constFind(p.field);
        if (row == m_rows.cend()) {
            general.append(p.field + QLatin1String(": ") + p.message);
            continue;
        }
        QPalette labelPalette = row->problem->palette();
        labelPalette.setColor(QPalette::WindowText, red);
        row->problem->setPalette(labelPalette);
        row->problem->setText(p.message);
        row->problem->show();
        row->editor->setAccessibleDescription(p.message);
        if (!first)
            first = row->editor;
    }
    if (!general.isEmpty()) {
        QPalette labelPalette = m_generalProblems->palette();
        labelPalette.setColor(QPalette::WindowText, red);
        m_generalProblems->setPalette(labelPalette);
        m_generalProblems->setText(
            tr("Fields not shown in this form need fixing:\n%1").arg(general.join(QLatin1Char('\n'))));
        m_generalProblems->show();
    }
    if (first) {
        first->setFocus(Qt::OtherFocusReason);
        m_scroll->ensureWidgetVisible(first);
    }
}

QWidget *DecisionEditor::fieldWidget(const QString &field) const
{
    return m_rows.value(field).editor;
}

QLabel *DecisionEditor::problemLabel(const QString &field) const
{
    return m_rows.value(field).problem;
}
