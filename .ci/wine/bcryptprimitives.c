/*
 * bcryptprimitives.dll for Debian 12's wine 8.0, which lacks it, for CI only (never shipped).
 * Go 1.24 and later call ProcessPrng from bcryptprimitives.dll (Windows 10 and later have it) for random bytes,
 * and a Go program stops at start without it. This one fills the buffer from bcrypt's system RNG.
 * Built by .ci/packages.sh with x86_64-w64-mingw32-gcc and put into the wine prefix's system32.
 */
#include <windows.h>
#include <bcrypt.h>

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size)
{
	while (size > 0) {
		ULONG n = size > 0x40000000 ? 0x40000000 : (ULONG)size;
		if (!BCRYPT_SUCCESS(BCryptGenRandom(NULL, data, n, BCRYPT_USE_SYSTEM_PREFERRED_RNG)))
			return FALSE;
		data += n;
		size -= n;
	}
	return TRUE;
}
