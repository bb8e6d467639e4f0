// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "imageexporter.h"
#include "imagesize.h"
#include "theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace {

const QLatin1String Custom("custom");

// A form label whose mnemonic moves the focus to `buddy`. QFormLayout sets the buddy itself only when the field
// is a widget; for a row of several widgets the "&" would otherwise be drawn as it is.
QLabel *labelFor(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    return label;
}

} // namespace

ExportDialog::ExportDialog(const QString &viewName, const ExportChoices &choices, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Export %1").arg(viewName));
    auto *form = new QFormLayout(this);

    m_file = new QLineEdit(choices.fileName, this);
    m_file->setObjectName(QStringLiteral("exportFile"));
    // Room for a folder and a name: a path cut at the left hides which file is meant.
    m_file->setMinimumWidth(m_file->fontMetrics().averageCharWidth() * 48);
    auto *browse = new QPushButton(tr("Browse..."), this);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    form->addRow(labelFor(tr("&File (.png, .svg, .pdf):"), m_file), fileRow);

    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("exportPreset"));
    for (const ExportPreset &preset : ExportPresets::all())
        m_preset->addItem(preset.label(), preset.name);
    m_preset->addItem(tr("Custom size"), QString(Custom));
    form->addRow(tr("&Size:"), m_preset);

    m_width = new QSpinBox(this);
    m_width->setObjectName(QStringLiteral("exportWidth"));
    m_height = new QSpinBox(this);
    m_height->setObjectName(QStringLiteral("exportHeight"));
    for (QSpinBox *box : { m_width, m_height }) {
        box->setRange(ImageSize::Minimum, ImageSize::Maximum);
        box->setSuffix(tr(" px"));
    }
    m_dpi = new QSpinBox(this);
    m_dpi->setObjectName(QStringLiteral("exportDpi"));
    m_dpi->setRange(ExportPresets::MinimumDpi, ExportPresets::MaximumDpi);
    m_dpi->setSuffix(tr(" dpi"));
    m_dpi->setToolTip(tr("Pixels per inch: 96 draws at screen size, 192 draws the same figure twice as sharp."));
    m_width->setValue(choices.customSize.width());
    m_height->setValue(choices.customSize.height());
    m_dpi->setValue(choices.customDpi);
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("x"), this));
    sizeRow->addWidget(m_height);
    sizeRow->addWidget(m_dpi);
    form->addRow(labelFor(tr("&Width, height, dpi:"), m_width), sizeRow);
    m_preset->setCurrentIndex(qMax(0, m_preset->findData(choices.preset)));
    connect(m_preset, &QComboBox::currentIndexChanged, this, &ExportDialog::presetChanged);
    presetChanged();

    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("exportTheme"));
    for (const QString &name : Theme::names())
        m_theme->addItem(Theme::displayName(name), name);
    m_theme->setCurrentIndex(qMax(0, Theme::names().indexOf(choices.theme)));
    form->addRow(tr("&Theme:"), m_theme);

    m_titled = new QCheckBox(tr("T&itle and subtitle"), this);
    m_titled->setObjectName(QStringLiteral("exportTitled"));
    m_titled->setChecked(choices.title);
    form->addRow(m_titled);
    m_title = new QLineEdit(choices.titleText, this);
    m_title->setObjectName(QStringLiteral("exportTitle"));
    m_subtitle = new QLineEdit(choices.subtitle, this);
    m_subtitle->setObjectName(QStringLiteral("exportSubtitle"));
    form->addRow(tr("Tit&le:"), m_title);
    form->addRow(tr("Su&btitle:"), m_subtitle);
    const auto enableTitles = [this](bool on) {
        m_title->setEnabled(on);
        m_subtitle->setEnabled(on);
    };
    connect(m_titled, &QCheckBox::toggled, this, enableTitles);
    enableTitles(choices.title);

    m_cited = new QCheckBox(tr("&Citation under the figure (source, date of the data, filters)"), this);
    m_cited->setObjectName(QStringLiteral("exportCitation"));
    m_cited->setChecked(choices.citation);
    form->addRow(m_cited);
    m_transparent = new QCheckBox(tr("Transparent b&ackground (PNG and SVG)"), this);
    m_transparent->setObjectName(QStringLiteral("exportTransparent"));
    m_transparent->setChecked(choices.transparent);
    form->addRow(m_transparent);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("exportError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    form->addRow(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    form->addRow(buttons);
}

ExportChoices ExportDialog::choices() const
{
    ExportChoices c;
    c.fileName = m_file->text().trimmed();
    c.preset = m_preset->currentData().toString();
    c.customSize = QSize(m_width->value(), m_height->value());
    c.customDpi = m_dpi->value();
    c.theme = m_theme->currentData().toString();
    c.title = m_titled->isChecked();
    c.titleText = m_title->text().trimmed();
    c.subtitle = m_subtitle->text().trimmed();
    c.citation = m_cited->isChecked();
    c.transparent = m_transparent->isChecked();
    return c;
}

QString ExportDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ExportDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void ExportDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, windowTitle(), m_file->text().trimmed(),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (!chosen.isEmpty())
        m_file->setText(chosen);
}

void ExportDialog::presetChanged()
{
    const QString name = m_preset->currentData().toString();
    const bool custom = name == Custom;
    for (QSpinBox *box : { m_width, m_height, m_dpi })
        box->setEnabled(custom);
    // A preset shows its own canvas; switching to Custom starts from the one shown before.
    if (const std::optional<ExportPreset> preset = ExportPresets::find(name)) {
        m_width->setValue(preset->pixels.width());
        m_height->setValue(preset->pixels.height());
        m_dpi->setValue(preset->dpi);
    }
}

void ExportDialog::accept()
{
    const ExportChoices c = choices();
    const ImageExporter::Format format = ImageExporter::formatForFileName(c.fileName);
    if (format == ImageExporter::Format::Unknown) {
        showError(tr("The file name must end in .png, .svg or .pdf."));
        m_file->setFocus();
        return;
    }
    if (format == ImageExporter::Format::Pdf && c.transparent) {
        showError(tr("A PDF page cannot be transparent: choose PNG or SVG, or an opaque background."));
        m_transparent->setFocus();
        return;
    }
    if (!ImageSize::isValid(c.canvas().pixels)) {
        showError(tr("The image must be %1.").arg(ImageSize::expectation()));
        m_width->setFocus();
        return;
    }
    // The default folder (Pictures) may not exist yet on a fresh system: make it rather than fail.
    const QString folder = QFileInfo(c.fileName).absolutePath();
    if (!QDir().mkpath(folder)) {
        showError(tr("The folder %1 does not exist and cannot be created.").arg(QDir::toNativeSeparators(folder)));
        m_file->setFocus();
        return;
    }
    if (m_exporter) {
        const QString problem = m_exporter(c);
        if (!problem.isEmpty()) {
            showError(problem);
            return;
        }
    }
    showError(QString());
    QDialog::accept();
}
