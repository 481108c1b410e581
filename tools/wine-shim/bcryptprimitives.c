/* Test tooling only, never shipped: Wine 8 (Debian 12) has no bcryptprimitives.dll, from
 * which Rust's standard library imports ProcessPrng, so every Rust .exe fails to start under
 * it (status c0000135). This stand-in gives ProcessPrng from RtlGenRandom (advapi32).
 * Real Windows 10 and 11 have the DLL. Built by tools/windows-engine-tests.sh:
 *   x86_64-w64-mingw32-gcc -shared -o bcryptprimitives.dll bcryptprimitives.c -ladvapi32
 */
#include <windows.h>
#include <ntsecapi.h>

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len) {
  return RtlGenRandom(data, (ULONG)len);
}
