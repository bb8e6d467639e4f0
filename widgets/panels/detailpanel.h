// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decision.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <optional>

class QTextBrowser;
class QUrl;

// Everything about the selected decision, as a read-only document with links to related decisions and sources.
// The document comes from DetailHtml; this class shows it, rebuilds it when the palette or locale changes, and
// decides which clicked links may leave the application (http and https only).
class DetailPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit DetailPanel(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(DetailPanel)

    // `related`: the decisions this one names in related_to, and those naming it, that exist in the database.
    void setDecision(const Decision &decision, const QList<Decision> &related);
    // Shows a short "Select a decision" hint.
    void clear();
    // The id shown; empty when cleared.
    QString decisionId() const;
    // The document as plain text, for tests and copying.
    QString plainText() const;

Q_SIGNALS:
    void relatedDecisionActivated(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void updateFont();
    void openLink(const QUrl &url);

    QTextBrowser *m_browser = nullptr;
    std::optional<Decision> m_decision;
    QList<Decision> m_related;
};
