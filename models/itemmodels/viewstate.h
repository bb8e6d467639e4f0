// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datebasis.h"
#include "decisionfilter.h"

#include <QDate>
#include <QObject>
#include <QString>

// What the user is looking at: filters, date basis, visible time range and theme. One instance per window;
// every view observes it and nobody keeps a copy (architecture.md, "The flow of data", point 4).
class ViewState : public QObject
{
    Q_OBJECT
public:
    explicit ViewState(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ViewState)

    const DecisionFilter &filter() const { return m_filter; }
    void setFilter(const DecisionFilter &filter);

    DateBasis dateBasis() const { return m_dateBasis; }
    void setDateBasis(DateBasis basis);

    // The time range shown by the timeline and the charts; null dates mean "fit everything".
    QDate visibleFrom() const { return m_visibleFrom; }
    QDate visibleTo() const { return m_visibleTo; }
    void setVisibleRange(const QDate &from, const QDate &to);

    // "light", "dark" or "projector".
    QString theme() const { return m_theme; }
    void setTheme(const QString &theme);

Q_SIGNALS:
    void filterChanged();
    void dateBasisChanged(DateBasis basis);
    void visibleRangeChanged(const QDate &from, const QDate &to);
    void themeChanged(const QString &theme);

private:
    DecisionFilter m_filter;
    DateBasis m_dateBasis = DateBasis::Adopted;
    QDate m_visibleFrom;
    QDate m_visibleTo;
    QString m_theme = QStringLiteral("light");
};
