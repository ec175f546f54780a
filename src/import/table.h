/*
 * table.h — duty tables (责任清单, 权责清单) found in a document's text.
 *
 * Owns finding a table by its header row (a cell naming the task —
 * 事项, 工作任务, 职责内容 — and one naming the lead unit — 牵头单位,
 * 责任单位 — beside optional 配合/协办 and 依据 columns; or a 单位 | 职责
 * table, each row a unit and the list of its duties), in whichever
 * notation the text carries it: TAB-separated rows (what every reader
 * gives for a .docx table), CSV rows, or `|`-bordered rows pasted into a
 * .txt; and reading its rows, an empty cell of the task or lead columns
 * continuing the cell above (a vertically merged cell), a row with only
 * its first cell filled naming a group of the rows below.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  DG_TABLE_SERIAL,    /* 序号 */
  DG_TABLE_ITEM,      /* 事项, 工作任务, 职责内容 */
  DG_TABLE_LEAD,      /* 牵头单位, 责任单位 */
  DG_TABLE_COOPERATE, /* 配合单位, 协办单位 */
  DG_TABLE_BASIS,     /* 依据 */
  DG_TABLE_HOLDER,    /* 单位, 部门: a unit whose duties the row lists, in its own words' roles */
  DG_TABLE_FIELD,     /* 监管领域, 行业: the field the row's task is in */
  DG_TABLE_COLUMNS
} DgTableColumn;

typedef struct {
  guint line;                       /* 1-based line of the text */
  guint column;                     /* 1-based column of the row's first cell */
  char *group;                      /* the group row above it (一、道路交通安全), or NULL */
  char *cells[DG_TABLE_COLUMNS];    /* folded text of each column, NULL when absent/empty */
} DgTableRow;

typedef struct {
  guint first_line, last_line;      /* the header row and the last row */
  GPtrArray *rows;                  /* of DgTableRow, data rows only */
} DgTable;

/* The tables of ORIGINAL, a text whose FOLDED form (dg_normalize_text)
 * has the same characters one for one: separators are found in the
 * original (folding turns ASCII commas into 、-like CJK commas), cells
 * are read from the folded text.  A GPtrArray of DgTable, possibly empty. */
GPtrArray *dg_tables_find (const char *original, const char *folded);

/* The names a cell of units holds (镇教育办公室、东坪派出所 → two). */
GPtrArray *dg_table_unit_names (const char *cell);

G_END_DECLS
