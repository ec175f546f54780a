/*
 * report-pdf.h — the HTML report printed to PDF by headless Chromium: the
 * pages are those the report's print style sheet lays out (A4), as a
 * browser's "print" gives them, without a browser window.
 *
 * Chromium runs as a child process (GSubprocess) on a copy of the page in
 * a private temporary directory, with its own profile there and a wall-time
 * limit; the page loads nothing from elsewhere (its Content-Security-Policy
 * refuses it), and the directory is removed afterwards.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The default limit on Chromium's run, in seconds. */
#define DG_REPORT_PDF_SECONDS 120.0

/* The PDF of HTML (a whole page).  Chromium is DUTYGRAPH_CHROMIUM when
 * that is set, else the first of chromium, chromium-browser, google-chrome
 * on PATH.  Fails with DG_RENDER_ERROR_PRINTER when there is none, when it
 * runs past SECONDS, or when it fails or writes no PDF. */
GBytes *dg_report_pdf (GBytes *html, double seconds, GError **error);

G_END_DECLS
