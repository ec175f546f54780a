/*
 * sheet-run.h — what `division` and `rectification` share: the format of
 * an office sheet from --format or the output's name, and writing it.
 */
#pragma once

#include "cli/cli.h"
#include "render/division-sheet.h"

G_BEGIN_DECLS

/* The format: NAME (xlsx or csv), else what OUTPUT's extension implies,
 * else csv; refuses another name, and xlsx to a terminal. */
gboolean dg_cli_sheet_format (const char *name, const char *output, const char **format,
                              GError **error);

/* Writes SHEET as FORMAT to OUTPUT (NULL or - for stdout). */
gboolean dg_cli_write_sheet (const DgOfficeSheet *sheet, const char *format, const char *output,
                             GError **error);

G_END_DECLS
