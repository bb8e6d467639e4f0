// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lecturescriptmodel.h"

#include "authorityname.h"
#include "decisiontype.h"
#include "displayformat.h"
#include "lecturescriptcommand.h"
#include "lecturescriptrepository.h"
#include "plaintext.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>
#include <QUndoStack>
#include <algorithm>

const QString LectureScriptModel::StepsMimeType = QStringLiteral("application/x-caseline-lecture-steps");

LectureScriptModel::LectureScriptModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_undoStack(new QUndoStack(this))
{
}

LectureScriptModel::~LectureScriptModel() = default;

void LectureScriptModel::setScript(const LectureScript &script)
{
    // The history first: its commands name rows of the script being replaced.
    m_undoStack->clear();
    beginResetModel();
    m_script = script;
    m_saved = script;
    endResetModel();
    Q_EMIT scriptChanged();
}

bool LectureScriptModel::isModified() const
{
    return m_script != m_saved;
}

void LectureScriptModel::setStoredName(const QString &name, qint64 rowVersion)
{
    m_script.name = name;
    m_script.rowVersion = rowVersion;
    m_saved.name = name;
    m_saved.rowVersion = rowVersion;
    Q_EMIT scriptChanged();
}

void LectureScriptModel::setDecisions(const QList<Decision> &decisions)
{
    DecisionTable table;
    for (const Decision &d : decisions)
        table.append(d);
    setDecisions(table);
}

void LectureScriptModel::setDecisions(const DecisionTable &decisions)
{
    m_labels.clear();
    const QLocale locale;
    for (qsizetype row = 0; row < decisions.size(); ++row) {
        const QDate date = decisions.dateFor(row, DateBasis::Adopted); // the timeline date
        QStringList parts;
        if (date.isValid())
            parts.append(DisplayFormat::date(date, locale));
        parts.append(AuthorityName::shortName(decisions.authority(row)));
        parts.append(DecisionType::label(decisions.decisionType(row)));
        m_labels.insert(decisions.id(row), parts.join(QStringLiteral(" · ")));
    }
    m_decisionsKnown = true;
    if (!m_script.steps.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), { Qt::DisplayRole, Qt::ToolTipRole, DecisionMissingRole });
}

bool LectureScriptModel::isMissing(const LectureScriptStep &step) const
{
    return step.isDecision() && m_decisionsKnown && !m_labels.contains(step.decisionId);
}

QString LectureScriptModel::label(const LectureScriptStep &step) const
{
    if (!step.isDecision())
        return step.title;
    if (isMissing(step))
        return tr("%1 (not in this database)").arg(step.decisionId);
    return m_labels.value(step.decisionId, step.decisionId);
}

int LectureScriptModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_script.steps.size());
}

QVariant LectureScriptModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LectureScriptStep &step = m_script.steps.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        // Long words get break opportunities: a pasted 1 MB title must not stall the list's layout.
        return PlainText::withBreaks(label(step));
    case Qt::EditRole:
        return step.isDecision() ? step.decisionId : step.title;
    case Qt::ToolTipRole:
        return PlainText::toolTip(step.notes);
    case KindRole:
        return int(step.kind);
    case DecisionIdRole:
        return step.decisionId;
    case TitleRole:
        return step.title;
    case TextRole:
        return step.text;
    case NotesRole:
        return step.notes;
    case FrameFromRole:
        return step.frame ? step.frame->from : QDate();
    case FrameToRole:
        return step.frame ? step.frame->to : QDate();
    case DecisionMissingRole:
        return isMissing(step);
    case StepRole:
        return QVariant::fromValue(step);
    default:
        break;
    }
    return {};
}

bool LectureScriptModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    switch (role) {
    case NotesRole:
        return setNotes(index.row(), value.toString());
    case TextRole:
        return setText(index.row(), value.toString());
    case Qt::EditRole:
    case TitleRole:
        return setTitle(index.row(), value.toString());
    default:
        break;
    }
    return false;
}

Qt::ItemFlags LectureScriptModel::flags(const QModelIndex &index) const
{
    // Steps are dropped between steps (the list itself takes the drop), never onto one.
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren | Qt::ItemIsDragEnabled;
    // A decision step shows its decision: the id is chosen, not typed.
    if (!m_script.steps.at(index.row()).isDecision())
        flags |= Qt::ItemIsEditable;
    return flags;
}

QHash<int, QByteArray> LectureScriptModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(DecisionIdRole, "decisionId");
    names.insert(TitleRole, "title");
    names.insert(TextRole, "text");
    names.insert(NotesRole, "notes");
    names.insert(FrameFromRole, "frameFrom");
    names.insert(FrameToRole, "frameTo");
    names.insert(DecisionMissingRole, "decisionMissing");
    names.insert(StepRole, "step");
    return names;
}

bool LectureScriptModel::insertDecisionStep(int row, const QString &decisionId, const QString &notes)
{
    if (decisionId.isEmpty() || row < 0 || row > rowCount() || m_script.steps.size() >= LectureScript::MaxSteps)
        return false;
    m_undoStack->push(LectureScriptCommand::insert(this, row, LectureScriptStep::decision(decisionId, notes)));
    return true;
}

bool LectureScriptModel::insertTitleStep(int row, const QString &title, const QString &text, const QString &notes)
{
    if (row < 0 || row > rowCount() || m_script.steps.size() >= LectureScript::MaxSteps)
        return false;
    m_undoStack->push(LectureScriptCommand::insert(this, row, LectureScriptStep::titleCard(title, text, notes)));
    return true;
}

bool LectureScriptModel::removeSteps(int row, int count)
{
    return removeRows(row, count);
}

bool LectureScriptModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount())
        return false;
    m_undoStack->push(LectureScriptCommand::remove(this, row, count));
    return true;
}

bool LectureScriptModel::moveStep(int row, int toRow)
{
    if (row < 0 || row >= rowCount() || toRow < 0 || toRow >= rowCount() || row == toRow)
        return false;
    // moveRows() counts the destination before the move: one further down when moving down.
    return moveRows(QModelIndex(), row, 1, QModelIndex(), toRow > row ? toRow + 1 : toRow);
}

bool LectureScriptModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
    const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count <= 0 || sourceRow < 0
        || sourceRow + count > rowCount() || destinationChild < 0 || destinationChild > rowCount())
        return false;
    // Onto itself or just after itself: nothing moves, and beginMoveRows() would refuse it.
    if (destinationChild >= sourceRow && destinationChild <= sourceRow + count)
        return false;
    m_undoStack->push(LectureScriptCommand::move(this, sourceRow, count, destinationChild));
    return true;
}

QStringList LectureScriptModel::mimeTypes() const
{
    return { StepsMimeType };
}

// The payload names this model in this process and the rows, so a drop elsewhere (another script's model, another
// caseline) is refused rather than moving rows of a script it does not describe.
QMimeData *LectureScriptModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const QModelIndex &index : indexes) {
        if (checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
            && !rows.contains(index.row()))
            rows.append(index.row());
    }
    if (rows.isEmpty())
        return nullptr;
    std::sort(rows.begin(), rows.end());
    QByteArray payload;
    QDataStream out(&payload, QIODevice::WriteOnly);
    out << qint64(QCoreApplication::applicationPid()) << quint64(reinterpret_cast<quintptr>(this)) << rows;
    auto *data = new QMimeData;
    data->setData(StepsMimeType, payload);
    return data;
}

std::optional<std::pair<int, int>> LectureScriptModel::draggedRows(const QMimeData *data) const
{
    if (!data || !data->hasFormat(StepsMimeType))
        return std::nullopt;
    QDataStream in(data->data(StepsMimeType));
    qint64 pid = 0;
    quint64 model = 0;
    QList<int> rows;
    in >> pid >> model >> rows;
    if (in.status() != QDataStream::Ok || pid != QCoreApplication::applicationPid()
        || model != quint64(reinterpret_cast<quintptr>(this)) || rows.isEmpty())
        return std::nullopt;
    // One block of rows, as the list's single selection drags: a scattered set has no one place to go.
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i) != rows.constFirst() + i)
            return std::nullopt;
    }
    if (rows.constFirst() < 0 || rows.constLast() >= rowCount())
        return std::nullopt;
    return std::make_pair(rows.constFirst(), int(rows.size()));
}

bool LectureScriptModel::canDropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const
{
    Q_UNUSED(row)
    Q_UNUSED(column)
    if (action != Qt::MoveAction || (parent.isValid() && parent.model() != this))
        return false;
    return draggedRows(data).has_value();
}

bool LectureScriptModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (action == Qt::IgnoreAction)
        return true;
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const auto dragged = draggedRows(data);
    int destination = row;
    if (parent.isValid())
        destination = parent.row();
    else if (destination < 0 || destination > rowCount())
        destination = rowCount();
    return moveRows(QModelIndex(), dragged->first, dragged->second, QModelIndex(), destination);
}

Qt::DropActions LectureScriptModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions LectureScriptModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

bool LectureScriptModel::editStep(int row, const LectureScriptStep &after, int field)
{
    if (row < 0 || row >= rowCount() || m_script.steps.at(row) == after)
        return false;
    m_undoStack->push(LectureScriptCommand::edit(this, row, after, LectureScriptCommand::Field(field)));
    return true;
}

bool LectureScriptModel::setNotes(int row, const QString &notes)
{
    if (row < 0 || row >= rowCount())
        return false;
    LectureScriptStep after = m_script.steps.at(row);
    after.notes = notes;
    return editStep(row, after, LectureScriptCommand::Notes);
}

bool LectureScriptModel::setTitle(int row, const QString &title)
{
    if (row < 0 || row >= rowCount() || m_script.steps.at(row).isDecision())
        return false;
    LectureScriptStep after = m_script.steps.at(row);
    after.title = title;
    return editStep(row, after, LectureScriptCommand::Title);
}

bool LectureScriptModel::setText(int row, const QString &text)
{
    if (row < 0 || row >= rowCount() || m_script.steps.at(row).isDecision())
        return false;
    LectureScriptStep after = m_script.steps.at(row);
    after.text = text;
    return editStep(row, after, LectureScriptCommand::Text);
}

bool LectureScriptModel::setFrame(int row, const std::optional<LectureFrame> &frame)
{
    if (row < 0 || row >= rowCount())
        return false;
    LectureScriptStep after = m_script.steps.at(row);
    after.frame = frame;
    return editStep(row, after, LectureScriptCommand::Frame);
}

bool LectureScriptModel::setDescription(const QString &description)
{
    if (description == m_script.description)
        return false;
    m_undoStack->push(LectureScriptCommand::description(this, description));
    return true;
}

bool LectureScriptModel::save(LectureScriptRepository &repository, QString *error)
{
    LectureScript saved = m_script;
    if (!repository.save(saved)) {
        *error = repository.lastError();
        return false;
    }
    m_script.rowVersion = saved.rowVersion;
    m_saved = m_script;
    m_undoStack->setClean();
    return true;
}

bool LectureScriptModel::saveAsNew(LectureScriptRepository &repository, const QString &name, QString *error)
{
    LectureScript saved = m_script;
    saved.name = name;
    saved.rowVersion = 0;
    if (!repository.save(saved)) {
        *error = repository.lastError();
        return false;
    }
    m_script.name = saved.name;
    m_script.rowVersion = saved.rowVersion;
    m_saved = m_script;
    m_undoStack->setClean();
    Q_EMIT scriptChanged();
    return true;
}

void LectureScriptModel::insertStepsAt(int row, const QList<LectureScriptStep> &steps)
{
    beginInsertRows(QModelIndex(), row, row + int(steps.size()) - 1);
    for (qsizetype i = 0; i < steps.size(); ++i)
        m_script.steps.insert(row + i, steps.at(i));
    endInsertRows();
}

QList<LectureScriptStep> LectureScriptModel::removeStepsAt(int row, int count)
{
    beginRemoveRows(QModelIndex(), row, row + count - 1);
    const QList<LectureScriptStep> removed = m_script.steps.mid(row, count);
    m_script.steps.remove(row, count);
    endRemoveRows();
    return removed;
}

void LectureScriptModel::moveStepsAt(int row, int count, int destinationChild)
{
    if (!beginMoveRows(QModelIndex(), row, row + count - 1, QModelIndex(), destinationChild))
        return;
    const QList<LectureScriptStep> moved = m_script.steps.mid(row, count);
    m_script.steps.remove(row, count);
    const int to = destinationChild > row ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i)
        m_script.steps.insert(to + i, moved.at(i));
    endMoveRows();
}

void LectureScriptModel::replaceStepAt(int row, const LectureScriptStep &step)
{
    m_script.steps[row] = step;
    Q_EMIT dataChanged(index(row), index(row));
}

void LectureScriptModel::replaceDescription(const QString &description)
{
    m_script.description = description;
    Q_EMIT scriptChanged();
}
