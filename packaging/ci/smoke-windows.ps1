# CI (.github/workflows/installers.yml): installs the NSIS installer quietly,
# runs the installed program (--version; the engine on the simulator, which
# stays up only if Qt's SQLite driver and the provider plugin were deployed
# beside it; --export), then uninstalls quietly and checks that the program is
# gone and the user's data is kept.
#   pwsh packaging/ci/smoke-windows.ps1 Ringback-<version>-win64.exe
param([Parameter(Mandatory = $true)][string]$Installer)

$ErrorActionPreference = 'Stop'
$work = Join-Path $env:RUNNER_TEMP 'ringback-smoke'
$dir = Join-Path $work 'installed'
$profileDir = Join-Path $work 'profile'
New-Item -ItemType Directory -Force -Path $work | Out-Null

function Invoke-Ringback([string[]]$Arguments) {
    $out = Join-Path $work 'stdout.txt'
    $p = Start-Process -Wait -PassThru -NoNewWindow -FilePath $exe -ArgumentList $Arguments `
        -RedirectStandardOutput $out
    Get-Content $out
    if ($p.ExitCode -ne 0) { throw "ringback $Arguments exited $($p.ExitCode)" }
}

# NSIS: /D must come last and unquoted.
Start-Process -Wait -FilePath (Resolve-Path $Installer).Path -ArgumentList '/S', "/D=$dir"
$exe = Join-Path $dir 'bin\ringback.exe'
if (-not (Test-Path $exe)) { throw "not installed: $exe" }
# The shared core sits next to ringback.exe, where Windows finds it for the
# program and for the provider plugins it loads.
foreach ($needed in 'bin\ringback_core.dll',
                    'plugins\platforms\qwindows.dll', 'plugins\sqldrivers\qsqlite.dll',
                    'lib\ringback\providers\provider_simulator.dll') {
    if (-not (Test-Path (Join-Path $dir $needed))) { throw "missing from the installation: $needed" }
}

Invoke-Ringback @('--version')

Remove-Item Env:RINGBACK_PROVIDER_PATH -ErrorAction SilentlyContinue
$engine = Start-Process -PassThru -NoNewWindow -FilePath $exe -ArgumentList '--headless', '--profile', $profileDir
Start-Sleep -Seconds 8
if ($engine.HasExited) { throw "the headless engine exited $($engine.ExitCode)" }
Stop-Process -Id $engine.Id
$engine.WaitForExit()

$export = Join-Path $work 'export.json'
Invoke-Ringback @('--profile', $profileDir, '--export', $export)
if (-not (Select-String -Path $export -Pattern 'ringback-export' -Quiet)) { throw 'not a Ringback export' }

Start-Process -Wait -FilePath (Join-Path $dir 'Uninstall.exe') -ArgumentList '/S', "_?=$dir"
if (Test-Path $exe) { throw 'the uninstaller left ringback.exe' }
if (-not (Test-Path (Join-Path $profileDir 'ringback.sqlite'))) { throw 'the uninstaller removed user data' }
Write-Host 'smoke-windows: OK'
