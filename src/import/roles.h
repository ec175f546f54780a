/*
 * roles.h — what part each body plays in an item, read from its wording.
 *
 * Owns the verbs: 负责/履行 → lead, 协助上级部门 → assist with upper,
 * 协助 → assist, 配合 → cooperate, 参与 → participate, 监督/监察 →
 * supervise, 指导 → guide; and the scope of a governing verb, so that an
 * item whose clauses have different roles becomes several duties, each
 * with its part of the text verbatim.
 */
#pragma once

#include "model/model.h"

G_BEGIN_DECLS

typedef struct {
  char *text;          /* verbatim part of the item */
  DgRole role;
  gboolean with_upper; /* 协助/配合上级… */
  gboolean cued;       /* the role was read from a verb, not assumed */
  char *cue;           /* the words that decided the role, or NULL */
} DgRoleSegment;

/* The item's text cut where the role changes; never empty for a non-empty
 * text.  LEVEL (镇, 县 …; NULL for a town) is the document's: 协助县… is
 * `with: upper` in a town's document, not in a county's. */
GPtrArray *dg_roles_split (const char *text, const char *level);

/* A periodic obligation: 每季度…1次, 每半年…, 每年向…报告. */
gboolean dg_roles_period (const char *text, DgPeriod *every, int *times);

G_END_DECLS
