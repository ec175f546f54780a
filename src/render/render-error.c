/*
 * render-error.c — the render layer's error domain (see render-error.h).
 */
#include "render/render-error.h"

G_DEFINE_QUARK (dg-render-error-quark, dg_render_error)
