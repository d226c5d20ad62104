#ifndef MPQ_LOOP_H
#define MPQ_LOOP_H

#include <stddef.h>
#include <stdint.h>

/* The operation a loop repeats over every pair (left[i], right[i]). */
typedef enum { MPQ_LOOP_ADD = 0, MPQ_LOOP_MULTIPLY = 1, MPQ_LOOP_COMPARE = 2 } mpq_loop_operation;

typedef struct {
    uint64_t nanoseconds; /* the loop alone: operands are parsed and results allocated before the clock starts */
    int64_t checksum;     /* sum of the results' signs, so the work cannot be optimised away */
} mpq_loop_result;

/* Parses the 2 * count decimal rationals ("p/q"), then times `rounds` passes of the operation over all pairs,
   writing each sum or product into a preallocated mpq_t (the cheapest way raw GMP can be used). Returns a zero
   result if a string does not parse. */
mpq_loop_result mpq_loop_run(const char *const *left, const char *const *right, size_t count,
                             mpq_loop_operation operation, size_t rounds);

#endif
