#include <z3.h>
/* mallopt: the Prover tunes glibc's heap for Z3's allocate-and-free pattern (see Z3Solver.swift). */
#if defined(__GLIBC__) || (defined(__linux__) && !defined(__ANDROID__))
#include <malloc.h>
#endif
