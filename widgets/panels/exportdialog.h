// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QSize>
#include <QString>

class QComboBox;
class QLineEdit;
class QSpinBox;

// Asks where and how to export a view: the file (its suffix chooses PNG, SVG or PDF), the size (presets for
// slides and projectors, or custom) and the theme.
class ExportDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ExportDialog(const QString &viewName, const QString &suggestedFile, const QString &theme,
        QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ExportDialog)

    QString fileName() const;
    QSize imageSize() const;
    QString theme() const;

    void accept() override;

private:
    void browse();
    void presetChanged(int index);

    QLineEdit *m_file = nullptr;
    QComboBox *m_preset = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QComboBox *m_theme = nullptr;
};
