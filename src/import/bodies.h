/*
 * bodies.h — the bodies a document names: reading a name from a heading
 * or a sentence's subject, normalising it (镇教委 / 教委 / 张山子镇教委
 * are one body), inferring its kind from the name, and giving it a stable
 * readable id.
 */
#pragma once

#include "model/model.h"

G_BEGIN_DECLS

typedef struct DgBodyNames DgBodyNames;

/* PLACE (张山子) and LEVEL (镇, 县, 乡, 区, 街道) come from the header; either
 * may be NULL.  Bodies are added to MODEL, which must outlive the registry. */
DgBodyNames *dg_body_names_new (DgModel *model, const char *place, const char *level);
void dg_body_names_free (DgBodyNames *names);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DgBodyNames, dg_body_names_free)

/* The body called NAME (or an equivalent name), added when new with
 * CLAUSE; returns its index in the model. */
int dg_body_names_intern (DgBodyNames *names, const char *name, const char *clause);

/* Index of a known body called NAME (or equivalent), or -1. */
int dg_body_names_find (DgBodyNames *names, const char *name);

/* Reads a body from a heading: 镇教委履行下列安全生产工作职责： → 镇教委;
 * 县应急管理局：负责… → 县应急管理局 and *REST the text after the colon.
 * Returns NULL when the heading names no body. */
char *dg_body_from_heading (const char *heading, char **rest);

/* Subjects at the start of a sentence (镇党委和镇政府要… → 镇党委, 镇政府;
 * 镇安委会下设办公室，负责… → 镇安委会办公室), or NULL.  *AFTER gets the byte offset where the predicate starts. */
GPtrArray *dg_body_subjects (DgBodyNames *names, const char *sentence);

/* The leader positions a sentence starts with, when it starts with one
 * (党政主要负责人是…, 班子其他成员对…负领导责任), else NULL. */
char *dg_body_position_subject (const char *sentence);

/* The leader bodies PHRASE names among those known: 党政主要负责人 → the
 * party's and the government's first leaders; 班子其他成员 → the other
 * members of the leadership; 分管…负责人 → those in charge of a field.
 * Possibly empty. */
GArray *dg_body_names_positions (DgBodyNames *names, const char *phrase);

/* The body a supporting duty's TEXT names as its partner right after
 * 协助/配合 (协助镇长… → 镇长, 协助党委主要负责人… → the party's first
 * leader), or -1. */
int dg_body_names_partner (DgBodyNames *names, const char *text);

/* Whether NAME reads as one body's name by the body-name grammar: 2–24
 * characters, no sentence punctuation, not opening with a verb, ending in
 * an organ's word (局 所 站 中心 办公室 村（居）委会 …). */
gboolean dg_body_name_plausible (const char *name);

/* The kind a name implies (…站 station, …办 office, 派出所 station …). */
DgBodyKind dg_body_kind_guess (const char *name, const char *place, const char *level);

G_END_DECLS
