/*
 * yaml-scan: the floor for scripts/benchmark.sh.
 *
 * Reads every *.yaml file under a folder and runs libyaml's bare event scan (yaml_parser_parse)
 * over it, and nothing else: no tree, no strings, no checks. One thread.
 *
 *     cc -O2 -o yaml-scan scripts/yaml-scan.c -lyaml
 *     ./yaml-scan commitments
 *
 * Prints "FILES files, EVENTS events, BYTES bytes"; exits 1 if any file cannot be read or parsed.
 */
#define _XOPEN_SOURCE 700
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

static unsigned long files, events, bytes, failures;
static unsigned char *buffer;
static size_t capacity;

static int has_yaml_suffix(const char *path) {
    size_t length = strlen(path);
    return length >= 5 && strcmp(path + length - 5, ".yaml") == 0;
}

static void scan(const char *path) {
    FILE *file = fopen(path, "rb");
    if (!file) { fprintf(stderr, "%s: cannot open\n", path); failures++; return; }
    size_t length = 0, got;
    for (;;) {
        if (length == capacity) {
            capacity = capacity ? capacity * 2 : 1 << 16;
            buffer = realloc(buffer, capacity);
            if (!buffer) { perror("realloc"); exit(2); }
        }
        got = fread(buffer + length, 1, capacity - length, file);
        if (got == 0) break;
        length += got;
    }
    fclose(file);

    yaml_parser_t parser;
    yaml_event_t event;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, buffer, length);
    for (;;) {
        if (!yaml_parser_parse(&parser, &event)) {
            fprintf(stderr, "%s:%lu:%lu: %s\n", path, (unsigned long)parser.problem_mark.line + 1,
                    (unsigned long)parser.problem_mark.column + 1, parser.problem ? parser.problem : "error");
            failures++;
            break;
        }
        int done = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
        events++;
        if (done) break;
    }
    yaml_parser_delete(&parser);
    files++;
    bytes += length;
}

static int visit(const char *path, const struct stat *info, int type, struct FTW *ftw) {
    (void)info; (void)ftw;
    if (type == FTW_F && has_yaml_suffix(path)) scan(path);
    return 0;
}

int main(int argc, char **argv) {
    if (argc != 2) { fprintf(stderr, "usage: %s FOLDER\n", argv[0]); return 2; }
    if (nftw(argv[1], visit, 32, FTW_PHYS) != 0) { perror(argv[1]); return 2; }
    printf("%lu files, %lu events, %lu bytes\n", files, events, bytes);
    free(buffer);
    return failures ? 1 : 0;
}
