/*
 * rectification.h — the 整改清单: the findings an office must act on as
 * the list an inspector or the 安委会 asks for, one row per finding at
 * warning or error, most severe first: 序号, 问题 (what is wrong, naming
 * the bodies), 涉及领域, 依据 (the document's clauses and the law's
 * article), 建议牵头单位 and 配合单位 (the proposed owners of a gap,
 * analysis/suggest.h; the body whose business includes the area for a
 * conflict or an area nobody leads; the holders of a vague duty), 整改措施,
 * 完成时限 (left blank for the office) and 状态 (待整改).  Findings a
 * baseline accepts are taken out of the report before (baseline-apply.h);
 * the sheet's note says how many.
 */
#pragma once

#include "analysis/findings.h"
#include "render/division-sheet.h"

G_BEGIN_DECLS

/* The rectification list of REPORT, made for ORG (may be NULL).  ACCEPTED
 * findings of BASELINE (a path, or NULL when none) were set aside. */
DgOfficeSheet *dg_rectification_sheet (const DgReport *report, const char *org, guint accepted,
                                       const char *baseline);

/* The body proposed to lead the fix of FINDING, as the list's 建议牵头单位
 * (new string), or NULL when none is proposed; PROPOSALS is
 * dg_suggest_owners() of REPORT. */
char *dg_rectification_proposed_lead (const DgReport *report, const DgFinding *finding,
                                      const GPtrArray *proposals);

G_END_DECLS
