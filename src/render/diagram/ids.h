/*
 * ids.h — the id discipline every diagram's cgraph graph is opened with
 * (ids.c): objects numbered in creation order, never by address.
 */
#pragma once

#include <cgraph.h>

extern Agiddisc_t dg_diagram_ids;
