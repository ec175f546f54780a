/*
 * assignment.h — task lists that name their holders after the task:
 * 加强学校及周边安全管理。牵头单位：镇教委；配合单位：镇派出所、交警中队。
 * or, in prose after the task, 由镇教委牵头，镇派出所、交警中队配合。
 *
 * Owns the labels and the role each gives (牵头/主责/责任/负责单位 → lead,
 * 配合/协办 → cooperate, 协助 → assist, 参与 → participate), the names
 * listed under each (镇教委（牵头） marks a lead inside a mixed list), and
 * where the task's own text ends.
 */
#pragma once

#include "model/model.h"

G_BEGIN_DECLS

typedef struct {
  DgRole role;
  char *label;      /* the words that gave the role: 配合单位 */
  GPtrArray *names; /* of char*: as written, without （牵头） */
} DgAssignment;

void dg_assignment_free (DgAssignment *a);

/* The groups TEXT assigns, in the order written (a name marked （牵头） in a
 * list of another role forms a lead group of its own), or NULL when TEXT
 * has no label.  *TASK_END gets the length in bytes of the task's text
 * before the first label. */
GPtrArray *dg_assignment_read (const char *text, gsize *task_end);

G_END_DECLS
