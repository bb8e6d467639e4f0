// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

// The days a lecture step frames on the timeline, both included. A step either has both days or no frame at all:
// half a range would leave the lecture view to guess the other end.
struct LectureFrame
{
    QDate from;
    QDate to;

    bool operator==(const LectureFrame &o) const { return from == o.from && to == o.to; }
    bool operator!=(const LectureFrame &o) const { return !(*this == o); }
};

// One step of a lecture as the script stores it: a decision of the database by id, or a title card with free text.
// Both kinds carry speaker notes and may frame a range of days. The members of the other kind stay empty; the
// checks (LectureScriptChecks) refuse a step that fills them, so that saving never drops text silently.
// (Not "LectureStep": models/lecture has that name for a step resolved to its decision and totals.)
struct LectureScriptStep
{
    enum class Kind { Decision, Title };

    Kind kind = Kind::Title;
    QString decisionId; // Decision steps: the id, which need not exist in the database (see LectureScriptJson)
    QString title; // Title steps
    QString text; // Title steps: the card's body
    QString notes; // what the lecturer says; never shown to the audience
    std::optional<LectureFrame> frame;

    static LectureScriptStep decision(
        const QString &id, const QString &notes = QString(), const std::optional<LectureFrame> &frame = std::nullopt)
    {
        LectureScriptStep step;
        step.kind = Kind::Decision;
        step.decisionId = id;
        step.notes = notes;
        step.frame = frame;
        return step;
    }
    static LectureScriptStep titleCard(const QString &title, const QString &text = QString(),
        const QString &notes = QString(), const std::optional<LectureFrame> &frame = std::nullopt)
    {
        LectureScriptStep step;
        step.kind = Kind::Title;
        step.title = title;
        step.text = text;
        step.notes = notes;
        step.frame = frame;
        return step;
    }

    bool isDecision() const { return kind == Kind::Decision; }

    bool operator==(const LectureScriptStep &o) const
    {
        return kind == o.kind && decisionId == o.decisionId && title == o.title && text == o.text && notes == o.notes
            && frame == o.frame;
    }
    bool operator!=(const LectureScriptStep &o) const { return !(*this == o); }
};

// A lecture: a name unique in the database, an optional description and the steps in the order they are shown.
struct LectureScript
{
    // More steps than any lecture needs; the bound keeps an imported file from making the editor's list and the
    // single save transaction unbounded work.
    static constexpr int MaxSteps = 1000;

    QString name;
    QString description;
    QList<LectureScriptStep> steps;
    // The database's row version when this copy was read or last saved (0: not stored yet). A save checks it so that
    // an edit of a stale copy is refused as a conflict. Bookkeeping, not content: operator== ignores it.
    qint64 rowVersion = 0;

    bool operator==(const LectureScript &o) const
    {
        return name == o.name && description == o.description && steps == o.steps;
    }
    bool operator!=(const LectureScript &o) const { return !(*this == o); }
};

Q_DECLARE_METATYPE(LectureFrame)
Q_DECLARE_METATYPE(LectureScriptStep)
Q_DECLARE_METATYPE(LectureScript)
