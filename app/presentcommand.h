// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "subcommand.h"
#include "themename.h"

#include <QCoreApplication>
#include <QSize>
#include <QString>

// `caseline present [--script NAME|FILE] [--step N] [--screenshot F.png --size WxH --view audience|presenter]`:
// lecture mode from the command line. Without a script, one step per decision that matches the filters. With
// --screenshot it draws the chosen view at that size into the file and exits, without a display: the tests and the
// README show lecture mode this way.
class PresentCommand final : public Subcommand
{
    Q_DECLARE_TR_FUNCTIONS(PresentCommand)
public:
    PresentCommand() = default;

    QList<QCommandLineOption> options() const override;
    bool readOptions(const QCommandLineParser &parser, QString *error) override;
    int run(const CommandContext &context) override;

    // True when `arguments` ask for a screenshot: the only form that runs without a display.
    static bool isScreenshot(const QStringList &arguments);

private:
    int screenshot(const class LectureDeck &deck, int index, const CommandContext &context) const;

    QString m_script;
    int m_step = 1;
    QString m_screenshot;
    QSize m_size {1920, 1080};
    bool m_presenter = false;
    ThemeName m_theme = ThemeName::Projector;
};
