#include "mpq_loop.h"

#include <gmp.h>
#include <stdlib.h>
#include <time.h>

static uint64_t now_nanoseconds(void) {
    struct timespec time;
    clock_gettime(CLOCK_MONOTONIC, &time);
    return (uint64_t)time.tv_sec * 1000000000u + (uint64_t)time.tv_nsec;
}

/* Every value is initialised before the first parse, so clear_all is safe whichever string fails. */
static mpq_t *allocate(size_t count) {
    mpq_t *values = malloc(count * sizeof(mpq_t));
    for (size_t i = 0; i < count; i++) mpq_init(values[i]);
    return values;
}

static int parse_all(mpq_t *values, const char *const *texts, size_t count) {
    for (size_t i = 0; i < count; i++) {
        if (mpq_set_str(values[i], texts[i], 10) != 0) return 0;
        mpq_canonicalize(values[i]);
    }
    return 1;
}

static void clear_all(mpq_t *values, size_t count) {
    for (size_t i = 0; i < count; i++) mpq_clear(values[i]);
    free(values);
}

mpq_loop_result mpq_loop_run(const char *const *left, const char *const *right, size_t count,
                             mpq_loop_operation operation, size_t rounds) {
    mpq_loop_result result = {0, 0};
    mpq_t *a = allocate(count), *b = allocate(count), *out = allocate(count);
    if (parse_all(a, left, count) && parse_all(b, right, count)) {
        int64_t checksum = 0;
        uint64_t start = now_nanoseconds();
        for (size_t round = 0; round < rounds; round++) {
            switch (operation) {
            case MPQ_LOOP_ADD:
                for (size_t i = 0; i < count; i++) mpq_add(out[i], a[i], b[i]);
                break;
            case MPQ_LOOP_MULTIPLY:
                for (size_t i = 0; i < count; i++) mpq_mul(out[i], a[i], b[i]);
                break;
            case MPQ_LOOP_COMPARE:
                for (size_t i = 0; i < count; i++) checksum += mpq_cmp(a[i], b[i]) < 0;
                break;
            }
            if (operation != MPQ_LOOP_COMPARE) checksum += mpq_sgn(out[round % count]);
        }
        result.nanoseconds = now_nanoseconds() - start;
        result.checksum = checksum;
    }
    clear_all(a, count);
    clear_all(b, count);
    clear_all(out, count);
    return result;
}
