#ifndef CPU_AFFINITY_H
#define CPU_AFFINITY_H

/// Pins the calling thread (and the processes it starts, which inherit its mask) to the CPU it
/// is running on now. Returns that CPU, or -1 when it cannot pin (the mask is left as it was).
int cpu_affinity_pin_to_current(void);

/// Restores the mask the thread had before `cpu_affinity_pin_to_current`; does nothing when
/// it did not pin.
void cpu_affinity_restore(void);

#endif
