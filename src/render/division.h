/*
 * division.h — the 职责分工表: the document's holdings as the table an
 * office circulates, one row per duty area the document assigns, in the
 * order of the taxonomy tree: 序号, 工作任务/领域 (the area's path),
 * 牵头单位 (the bodies that lead it through their own duties), 配合单位
 * (every other body holding it: assisting, cooperating, participating,
 * supervising, guiding, or assisting an authority above the town),
 * 职责内容 (each duty's holders and verbatim text) and 依据 (the clauses).
 * A duty that binds a class of bodies (applies-to) is named by the class,
 * 各部门、各办公室、各站所, never expanded into its members.  Areas nobody holds
 * are not rows: they are findings (rectification.h).
 */
#pragma once

#include "analysis/findings.h"
#include "render/division-sheet.h"

G_BEGIN_DECLS

/* The division table of REPORT's model, made for ORG (may be NULL). */
DgOfficeSheet *dg_division_sheet (const DgReport *report, const char *org);

/* "镇教委、交警中队", or "各部门、各办公室、各站所" for a class-wide duty: who
 * DUTY binds (new string). */
char *dg_division_duty_holders (const DgModel *model, const DgDuty *duty);

G_END_DECLS
