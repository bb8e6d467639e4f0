// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "describedialog.h"

#include "uilanguage.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace {
// Room for a table of the widest view (the cumulative chart's eight columns) without wrapping its rows.
constexpr int TextColumns = 110;
constexpr int TextLines = 28;
} // namespace

DescribeDialog::DescribeDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("describeDialog"));
    m_views = new QComboBox(this);
    m_views->setObjectName(QStringLiteral("describeView"));
    auto *viewLabel = new QLabel(this);
    viewLabel->setBuddy(m_views);
    connect(m_views, &QComboBox::currentIndexChanged, this, &DescribeDialog::viewChosen);

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("describeText"));
    m_text->setReadOnly(true);
    // Read-only text keeps a caret, so that a screen reader and the keyboard can walk through it.
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // The tables line up in columns of spaces; the sentences wrap at the window's width.
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    const QFontMetrics metrics(m_text->font());
    m_text->setMinimumSize(metrics.averageCharWidth() * 40, metrics.lineSpacing() * 8);
    resize(metrics.averageCharWidth() * TextColumns + 48, metrics.lineSpacing() * TextLines + 96);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("describeCopy"));
    connect(m_copy, &QPushButton::clicked, this, &DescribeDialog::copy);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(viewLabel);
    top->addWidget(m_views, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);

    UiLanguage::follow(this, [this, viewLabel] {
        setWindowTitle(tr("Describe"));
        viewLabel->setText(tr("&View:"));
        m_text->setAccessibleName(tr("Description"));
        m_copy->setText(tr("&Copy"));
        m_copy->setToolTip(tr("Copy the whole description to the clipboard"));
    });
    m_text->setFocus();
}

void DescribeDialog::setViews(const QStringList &names, int current)
{
    const QSignalBlocker blocker(m_views);
    m_views->clear();
    m_views->addItems(names);
    m_views->setCurrentIndex(current);
}

int DescribeDialog::currentView() const
{
    return m_views->currentIndex();
}

void DescribeDialog::setText(const QString &text)
{
    m_text->setPlainText(text);
}

QString DescribeDialog::text() const
{
    return m_text->toPlainText();
}

void DescribeDialog::copy()
{
    QGuiApplication::clipboard()->setText(text());
}
