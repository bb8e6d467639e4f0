// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Whether the user asked the desktop for reduced motion. Qt 6.4 has no such hint (its UI effects are off on most
// Linux desktops whatever the user chose), so this reads the desktops' own settings:
// - CASELINE_REDUCED_MOTION=1 (or 0) decides, for any desktop and for tests;
// - KDE Plasma: AnimationDurationFactor=0 in kdeglobals ("Animation speed: instant");
// - GNOME: org.gnome.desktop.interface enable-animations false ("Reduce animation"), through gsettings.
namespace ReducedMotion {

bool systemPrefers();

} // namespace ReducedMotion
