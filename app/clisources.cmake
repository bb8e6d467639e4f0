# SPDX-FileCopyrightText: 2026 caseline authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The command-line front of caseline (list, stats, export, describe, ...); included by app/CMakeLists.txt.
set(CASELINE_CLI_SOURCES
    commandcontext.h
    commandline.cpp commandline.h
    alttextfile.cpp alttextfile.h
    commandviews.cpp commandviews.h
    decisionoutput.cpp decisionoutput.h
    describecommand.cpp describecommand.h
    exportcommand.cpp exportcommand.h
    exportdatacommand.cpp exportdatacommand.h
    importcommand.cpp importcommand.h
    lecturemode.cpp lecturemode.h
    lecturesource.cpp lecturesource.h
    exportviews.cpp exportviews.h
    filteroptions.cpp filteroptions.h
    listcommand.cpp listcommand.h
    presentationexport.cpp presentationexport.h
    presentcommand.cpp presentcommand.h
    statscommand.cpp statscommand.h
    subcommand.h
    teamcommand.cpp teamcommand.h
    viewdescriptions.cpp viewdescriptions.h
)
