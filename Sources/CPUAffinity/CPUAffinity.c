// The benchmark's one C helper: glibc declares sched_setaffinity and sched_getcpu only under
// _GNU_SOURCE, which Swift's Glibc module does not see.
#define _GNU_SOURCE
#include "CPUAffinity.h"

#ifdef __linux__
#include <sched.h>

static cpu_set_t original;
static int pinned = 0;

int cpu_affinity_pin_to_current(void) {
  int cpu = sched_getcpu();
  if (cpu < 0 || cpu >= CPU_SETSIZE) return -1;
  if (sched_getaffinity(0, sizeof original, &original) != 0) return -1;
  cpu_set_t one;
  CPU_ZERO(&one);
  CPU_SET(cpu, &one);
  if (sched_setaffinity(0, sizeof one, &one) != 0) return -1;
  pinned = 1;
  return cpu;
}

void cpu_affinity_restore(void) {
  if (!pinned) return;
  sched_setaffinity(0, sizeof original, &original);
  pinned = 0;
}
#else
int cpu_affinity_pin_to_current(void) { return -1; }
void cpu_affinity_restore(void) {}
#endif
