# Signs Ringback's Windows files (ringback.exe, its DLLs and plugins, the
# installer) with Authenticode. Opt-in: with no certificate in the
# environment it says so and does nothing (exit 0).
#
#   pwsh packaging/sign-windows.ps1 FILE-OR-FOLDER...
#
# A folder stands for every .exe and .dll below it. CPack signs the installed
# files before it builds the installer (packaging/cpack-sign.cmake); CI then
# signs the installer itself.
#
# Environment:
#   WINDOWS_SIGN_CERT_BASE64     the .pfx certificate, base64; or
#   WINDOWS_SIGN_CERT_SHA1       the thumbprint of a certificate already in the store
#   WINDOWS_SIGN_CERT_PASSWORD   the .pfx password (with WINDOWS_SIGN_CERT_BASE64)
#   WINDOWS_SIGN_TIMESTAMP_URL   RFC 3161 server (default http://timestamp.digicert.com)
param([Parameter(ValueFromRemainingArguments = $true)][string[]]$Paths)

$ErrorActionPreference = 'Stop'

if (-not $env:WINDOWS_SIGN_CERT_BASE64 -and -not $env:WINDOWS_SIGN_CERT_SHA1) {
    Write-Host 'sign-windows: skipped: no WINDOWS_SIGN_CERT_BASE64 or WINDOWS_SIGN_CERT_SHA1 (unsigned build)'
    exit 0
}
if (-not $Paths) {
    Write-Error 'usage: sign-windows.ps1 FILE-OR-FOLDER...'
    exit 2
}

$signtool = (Get-Command signtool.exe -ErrorAction SilentlyContinue).Source
if (-not $signtool) {
    $signtool = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" |
        Sort-Object FullName -Descending | Select-Object -First 1 -ExpandProperty FullName
}
if (-not $signtool) {
    Write-Error 'sign-windows: signtool.exe not found (Windows SDK)'
    exit 1
}

$timestamp = if ($env:WINDOWS_SIGN_TIMESTAMP_URL) { $env:WINDOWS_SIGN_TIMESTAMP_URL } else { 'http://timestamp.digicert.com' }
$certArgs = @()
$pfx = $null
if ($env:WINDOWS_SIGN_CERT_BASE64) {
    $pfx = Join-Path ([System.IO.Path]::GetTempPath()) ("ringback-" + [guid]::NewGuid() + ".pfx")
    [System.IO.File]::WriteAllBytes($pfx, [Convert]::FromBase64String($env:WINDOWS_SIGN_CERT_BASE64))
    $certArgs = @('/f', $pfx)
    if ($env:WINDOWS_SIGN_CERT_PASSWORD) { $certArgs += @('/p', $env:WINDOWS_SIGN_CERT_PASSWORD) }
} else {
    $certArgs = @('/sha1', $env:WINDOWS_SIGN_CERT_SHA1)
}

try {
    $files = foreach ($path in $Paths) {
        if (Test-Path $path -PathType Container) {
            Get-ChildItem $path -Recurse -File -Include *.exe, *.dll | ForEach-Object FullName
        } else {
            (Resolve-Path $path).Path
        }
    }
    foreach ($file in $files) {
        Write-Host "sign-windows: signing $file"
        & $signtool sign /fd SHA256 /td SHA256 /tr $timestamp @certArgs /d Ringback $file
        if ($LASTEXITCODE -ne 0) { throw "signtool failed on $file" }
        & $signtool verify /pa /q $file
        if ($LASTEXITCODE -ne 0) { throw "signature of $file does not verify" }
    }
} finally {
    if ($pfx) { Remove-Item -Force $pfx -ErrorAction SilentlyContinue }
}
Write-Host 'sign-windows: done'
