// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "imagesize.h"

#include "imageexporter.h"
#include "theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>

ExportDialog::ExportDialog(const QString &viewName, const QString &suggestedFile, const QString &theme, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Export %1").arg(viewName));
    auto *form = new QFormLayout(this);

    m_file = new QLineEdit(suggestedFile, this);
    m_file->setObjectName(QStringLiteral("exportFile"));
    auto *browse = new QPushButton(tr("Browse..."), this);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    form->addRow(tr("&File (.png, .svg, .pdf):"), fileRow);

    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("exportPreset"));
    m_preset->addItem(tr("Full HD slide, 1920 x 1080"), QSize(1920, 1080));
    m_preset->addItem(tr("HD projector, 1280 x 720"), QSize(1280, 720));
    m_preset->addItem(tr("4K, 3840 x 2160"), QSize(3840, 2160));
    m_preset->addItem(tr("Paper figure, 1600 x 1000"), QSize(1600, 1000));
    m_preset->addItem(tr("Custom"), QSize());
    form->addRow(tr("&Size:"), m_preset);
    m_width = new QSpinBox(this);
    m_height = new QSpinBox(this);
    for (QSpinBox *box : {m_width, m_height}) {
        box->setRange(ImageSize::Minimum, ImageSize::Maximum);
        box->setSuffix(tr(" px"));
    }
    m_width->setValue(1920);
    m_height->setValue(1080);
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(m_height);
    form->addRow(tr("Width, height:"), sizeRow);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &ExportDialog::presetChanged);
    presetChanged(0);

    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("exportTheme"));
    for (const QString &name : Theme::names())
        m_theme->addItem(Theme::displayName(name), name);
    m_theme->setCurrentIndex(qMax(0, Theme::names().indexOf(theme)));
    form->addRow(tr("&Theme:"), m_theme);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    form->addRow(buttons);
}

QString ExportDialog::fileName() const
{
    return m_file->text().trimmed();
}

QSize ExportDialog::imageSize() const
{
    return QSize(m_width->value(), m_height->value());
}

QString ExportDialog::theme() const
{
    return m_theme->currentData().toString();
}

void ExportDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, windowTitle(), fileName(),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (!chosen.isEmpty())
        m_file->setText(chosen);
}

void ExportDialog::presetChanged(int index)
{
    const QSize size = m_preset->itemData(index).toSize();
    const bool custom = !size.isValid();
    m_width->setEnabled(custom);
    m_height->setEnabled(custom);
    if (!custom) {
        m_width->setValue(size.width());
        m_height->setValue(size.height());
    }
}

void ExportDialog::accept()
{
    if (ImageExporter::formatForFileName(fileName()) == ImageExporter::Format::Unknown) {
        QMessageBox::warning(this, windowTitle(), tr("The file name must end in .png, .svg or .pdf."));
        m_file->setFocus();
        return;
    }
    QDialog::accept();
}
