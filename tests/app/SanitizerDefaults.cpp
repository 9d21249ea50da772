// Sanitizer defaults for the test binaries that run QML (sanitizer builds only). Qt is built
// without frame pointers, so the fast unwinder stops at the first Qt frame and a suppression in
// tests/lsan.supp could only name that frame; the full unwinder shows the whole stack, so the
// suppressions can be narrow. Twelve frames reach every frame they name and keep the slow
// unwinder affordable. ASAN_OPTIONS / LSAN_OPTIONS from the environment still win.
#if defined(__SANITIZE_ADDRESS__)
extern "C" const char* __asan_default_options() { return "fast_unwind_on_malloc=0:malloc_context_size=12"; }
extern "C" const char* __lsan_default_options() { return "suppressions=" INZAGE_LSAN_SUPPRESSIONS; }
#endif
