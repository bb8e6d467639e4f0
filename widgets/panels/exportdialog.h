// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportchoices.h"

#include <QDialog>
#include <QString>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// Asks where and how to export a view: the file (its suffix chooses PNG, SVG or PDF), the canvas (the presets of
// ExportPresets, or a custom size and dpi), the theme, the title and subtitle, the citation and a transparent
// background. It starts from the last choices and returns the new ones as plain data (choices()), and stays open
// with the problem shown when the export fails, so that no choice is lost: a missing folder is created first.
class ExportDialog final : public QDialog
{
    Q_OBJECT
public:
    // Writes the export; returns what went wrong, or an empty string when the file was written.
    using Exporter = std::function<QString(const ExportChoices &choices)>;

    ExportDialog(const QString &viewName, const ExportChoices &choices, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ExportDialog)

    ExportChoices choices() const;
    // Called by Export once the choices are valid and the folder exists; without one the dialog just closes.
    void setExporter(Exporter exporter) { m_exporter = std::move(exporter); }
    // The problem shown in the dialog; empty when there is none.
    QString errorText() const;

    void accept() override;

private:
    void browse();
    void presetChanged();
    void showError(const QString &text);

    QLineEdit *m_file = nullptr;
    QComboBox *m_preset = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QSpinBox *m_dpi = nullptr;
    QComboBox *m_theme = nullptr;
    QCheckBox *m_titled = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_subtitle = nullptr;
    QCheckBox *m_cited = nullptr;
    QCheckBox *m_transparent = nullptr;
    QLabel *m_error = nullptr;
    Exporter m_exporter;
};
