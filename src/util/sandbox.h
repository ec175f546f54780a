/*
 * sandbox.h — running a library call that may not come back in a child
 * process, under a wall-time and a memory limit.
 *
 * Graphviz can call exit() when it runs out of memory, overflow the stack
 * on long chains and lay out for minutes on pathological graphs.  None of
 * that may take the tool down or leave a partial file, so the call runs in
 * a forked child that sends its result back through a pipe; the parent
 * kills it when the time is up and turns any abnormal end into a GError.
 * The caller must be single-threaded when it calls dg_sandbox_run() (fork
 * copies only the calling thread).
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define DG_SANDBOX_ERROR (dg_sandbox_error_quark ())
GQuark dg_sandbox_error_quark (void);

typedef enum {
  DG_SANDBOX_ERROR_TIMEOUT,   /* the wall-time limit passed; the child was killed */
  DG_SANDBOX_ERROR_ABORTED,   /* the child died (a signal, exit(), out of memory) */
  DG_SANDBOX_ERROR_SYSTEM,    /* fork, pipe or read failed */
} DgSandboxError;

typedef struct {
  double wall_seconds;  /* <= 0: no time limit */
  guint64 memory_bytes; /* address space the child may add to what it inherits; 0: none */
} DgSandboxLimits;

/* The work: returns the bytes, or NULL and sets ERROR. */
typedef GBytes *(*DgSandboxFn) (gpointer data, GError **error);

/* Runs FN (DATA) in a child process under LIMITS and returns what it
 * returned.  An error FN sets comes back with its domain's name, code and
 * message intact when the domain is one of KNOWN_DOMAINS (0-terminated;
 * otherwise it comes back in DG_SANDBOX_ERROR_ABORTED). */
GBytes *dg_sandbox_run (DgSandboxFn fn, gpointer data, const DgSandboxLimits *limits,
                        const GQuark *known_domains, GError **error);

/* Whether limits on memory can be enforced in this build: not under
 * AddressSanitizer, which reserves terabytes of address space. */
gboolean dg_sandbox_can_limit_memory (void);

G_END_DECLS
