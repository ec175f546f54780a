/*
 * model-names.h — a body or an area as a person names it: by id, by name
 * or by alias (an area: by id or name), and "did you mean" when nothing
 * has that name.  A body counts only while the model's id table maps its
 * id to it, so a body a restructuring removed answers to nothing.
 */
#pragma once

#include "model/model.h"

G_BEGIN_DECLS

/* The body whose id is TEXT, else whose name is, else whose alias is;
 * -1 when none; -2 when two bodies share that name or alias. */
int dg_model_find_body (const DgModel *model, const char *text);

/* The area whose id is TEXT, else whose name is; -1 when none, -2 when
 * two areas share that name. */
int dg_model_find_area (const DgModel *model, const char *text);

/* "jiaowei (镇教委), jiaoyu (教育办)": the bodies (areas) whose id, name
 * or alias is nearest to TEXT, at most three; NULL when none is near. */
char *dg_model_body_suggestions (const DgModel *model, const char *text);
char *dg_model_area_suggestions (const DgModel *model, const char *text);

/* "body 'X' is not defined in the model; did you mean …?" and the same
 * for areas — the message a command or scenario gives for an unknown name. */
char *dg_model_unknown_body (const DgModel *model, const char *text);
char *dg_model_unknown_area (const DgModel *model, const char *text);

G_END_DECLS
