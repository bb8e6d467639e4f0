// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QString>
#include <optional>

// The one rule for the size of every image caseline makes (exports, screenshots, the clipboard): WIDTHxHEIGHT,
// each side 16 to 16384. The ceiling bounds the memory an image can take (16384 x 16384 x 4 bytes = 1 GiB).
namespace ImageSize {

constexpr int Minimum = 16;
constexpr int Maximum = 16384;

bool isValid(const QSize &size);
// "1920x1080" -> 1920x1080; nullopt for anything else, including sizes outside the range.
std::optional<QSize> parse(const QString &text);
// "WIDTHxHEIGHT between 16x16 and 16384x16384, e.g. 1920x1080": what a usage error says.
QString expectation();

} // namespace ImageSize
