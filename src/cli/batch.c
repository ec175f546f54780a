/*
 * batch.c — the worker pool, the bounded window of models in flight, the
 * reordering of results and the progress bar (see batch.h).
 */
#include <stdio.h>
#include <unistd.h>

#include <glib/gi18n.h>

#include "cli/batch.h"
#include "model/model-load.h"

typedef struct {
  guint index;
  const DgInput *input;
  gpointer result;
  GError *error;
  gboolean done; /* set by the calling thread once the worker handed it back */
} Task;

typedef struct {
  const DgBatch *batch;
  GAsyncQueue *finished;
} Pool;

guint
dg_batch_jobs (guint jobs)
{
  return jobs > 0 ? jobs : MAX (1, g_get_num_processors ());
}

static void
run_task (gpointer data, gpointer user)
{
  Task *task = data;
  Pool *pool = user;
  task->result = pool->batch->work (task->input, pool->batch->user, &task->error);
  g_async_queue_push (pool->finished, task);
}

typedef struct {
  gboolean enabled;
  gint64 start;
  gint64 last;
  gboolean shown;
} Progress;

static void
progress_update (Progress *p, guint done, guint total)
{
  if (!p->enabled)
    return;
  gint64 now = g_get_monotonic_time ();
  if (now - p->start < G_USEC_PER_SEC || now - p->last < G_USEC_PER_SEC / 10)
    return;
  p->last = now;
  p->shown = TRUE;
  enum { WIDTH = 30 };
  guint filled = total ? (guint) ((guint64) done * WIDTH / total) : WIDTH;
  char bar[WIDTH + 1];
  for (guint i = 0; i < WIDTH; i++)
    bar[i] = i < filled ? '#' : '.';
  bar[WIDTH] = '\0';
  fprintf (stderr, _("\r[%s] %u/%u models"), bar, done, total);
  fflush (stderr);
}

static void
progress_end (Progress *p)
{
  if (p->shown)
    {
      fprintf (stderr, "\r\033[K");
      fflush (stderr);
    }
}

typedef struct {
  GString *problems;  /* models' problems, input order */
  GError *fatal;      /* the first other error, input order */
  guint fatal_index;
  guint reduced;
} Outcome;

static void
take (const DgBatch *batch, Task *task, Outcome *out)
{
  if (task->error && task->error->domain == DG_LOAD_ERROR)
    {
      if (out->problems == NULL)
        out->problems = g_string_new (task->error->message);
      else
        g_string_append_printf (out->problems, "\n%s", task->error->message);
    }
  else if (task->error)
    {
      if (out->fatal == NULL || task->index < out->fatal_index)
        {
          g_clear_error (&out->fatal);
          out->fatal = g_steal_pointer (&task->error);
          out->fatal_index = task->index;
        }
    }
  else if (task->result)
    {
      batch->reduce (task->result, batch->user);
      out->reduced++;
    }
  if (task->result && batch->free_result)
    batch->free_result (task->result);
  g_clear_error (&task->error);
  g_free (task);
}

gboolean
dg_batch_run (const DgBatch *batch, const GPtrArray *inputs, guint *reduced, GError **error)
{
  const guint n = inputs->len, jobs = dg_batch_jobs (batch->jobs);
  Progress progress = { isatty (STDERR_FILENO), g_get_monotonic_time (), 0, FALSE };
  Outcome out = { NULL, NULL, 0, 0 };

  if (jobs == 1)
    for (guint i = 0; i < n && out.fatal == NULL; i++)
      {
        Task *task = g_new0 (Task, 1);
        task->index = i;
        task->input = g_ptr_array_index (inputs, i);
        task->result = batch->work (task->input, batch->user, &task->error);
        take (batch, task, &out);
        progress_update (&progress, i + 1, n);
      }
  else
    {
      /* GLib makes the C locale behind g_ascii_strtoll() on first use; a
       * thread that waits for another to make it can come back with errno
       * set, which g_ascii_string_to_signed() then takes for a bad number
       * ("dutygraph: 1" refused now and then).  Make it before any worker. */
      (void) g_ascii_strtoll ("0", NULL, 10);
      Pool pool = { batch, g_async_queue_new () };
      GThreadPool *threads = g_thread_pool_new (run_task, &pool, (gint) jobs, FALSE, NULL);
      const guint window = 2 * jobs;
      g_autofree Task **ring = g_new0 (Task *, window);
      guint next_submit = 0, next_reduce = 0;
      while (next_reduce < n)
        {
          while (out.fatal == NULL && next_submit < n && next_submit - next_reduce < window)
            {
              Task *task = g_new0 (Task, 1);
              task->index = next_submit;
              task->input = g_ptr_array_index (inputs, next_submit);
              ring[next_submit % window] = task;
              g_thread_pool_push (threads, task, NULL);
              next_submit++;
            }
          if (next_reduce == next_submit)
            break; /* stopped by an error, nothing left in flight */
          Task *finished = g_async_queue_timeout_pop (pool.finished, G_USEC_PER_SEC / 10);
          if (finished)
            finished->done = TRUE;
          while (next_reduce < next_submit && ring[next_reduce % window]->done)
            {
              take (batch, ring[next_reduce % window], &out);
              ring[next_reduce % window] = NULL;
              next_reduce++;
            }
          progress_update (&progress, next_reduce, n);
        }
      g_thread_pool_free (threads, FALSE, TRUE);
      g_async_queue_unref (pool.finished);
    }
  progress_end (&progress);
  *reduced = out.reduced;
  if (out.fatal)
    {
      g_propagate_error (error, out.fatal);
      if (out.problems)
        g_string_free (out.problems, TRUE);
      return FALSE;
    }
  if (out.problems)
    {
      g_set_error_literal (error, DG_LOAD_ERROR, DG_LOAD_ERROR_INVALID, out.problems->str);
      g_string_free (out.problems, TRUE);
      return FALSE;
    }
  return TRUE;
}

char *
dg_batch_join_reports (const GPtrArray *texts, gboolean as_json)
{
  gboolean as_array = as_json && texts->len > 1;
  GString *out = g_string_new (as_array ? "[\n" : NULL);
  for (guint i = 0; i < texts->len; i++)
    {
      if (i > 0)
        g_string_append (out, as_array ? ",\n" : "\n");
      g_autofree char *text = g_strdup (g_ptr_array_index (texts, i));
      g_string_append (out, g_strchomp (text));
      if (!as_array)
        g_string_append_c (out, '\n');
    }
  if (as_array)
    g_string_append (out, "\n]\n");
  return g_string_free (out, FALSE);
}
