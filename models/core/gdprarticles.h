// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMap>
#include <QString>

// GDPR article titles (resources/data/gdpr-articles.json), and the article numbers cited in a provision's text,
// so the detail panel can show "Art. 9: Processing of special categories of personal data" beside it.
class GdprArticles
{
public:
    static const QMap<int, QString> &titles();
    static QString title(int number);
    // Article numbers cited in "Art. 5(1)(a) read with Art. 6(1)" -> {5, 6}, in order, without repeats.
    static QList<int> citedIn(const QString &provision);
};
