# Build BM Desktop for Windows: the PyInstaller one-folder app, its self-test, then the
# Inno Setup installer (dist\bm-desktop-<version>-setup.exe).
#
#   powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1 [-Python py] [-SmokeTest]
#
# Needs Python 3.11 and Inno Setup 6 (ISCC.exe on PATH or in its default folder).
# -SmokeTest then installs the result for the current user without questions, runs the
# installed self-test, uninstalls it and checks that the user's database is still there.
# Cannot run on Linux (see installer/README.md); the Linux build is `make installer`.
param(
    [string]$Python = "py",
    [switch]$SmokeTest
)
$ErrorActionPreference = "Stop"
$Root = Split-Path -Parent $PSScriptRoot
Set-Location $Root

function Invoke-Checked([string]$What, [scriptblock]$Block) {
    & $Block
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit $LASTEXITCODE)" }
}

# 1. A build environment with the package and PyInstaller.
$Venv = Join-Path $Root ".venv-installer"
if (-not (Test-Path "$Venv\Scripts\python.exe")) {
    $Pre = if ($Python -eq "py") { @("-3.11") } else { @() }
    Invoke-Checked "venv" { & $Python @Pre -m venv $Venv }
}
$Py = "$Venv\Scripts\python.exe"
Invoke-Checked "pip install" { & $Py -m pip install --quiet --upgrade pip }
Invoke-Checked "pip install" { & $Py -m pip install --quiet -e ".[installer]" }

# 2. The installer script lists the same data files as the wheel and the spec.
Invoke-Checked "data list check" { & $Py installer\package_data.py --check }

# 3. The frozen app, and its self-test.
Invoke-Checked "PyInstaller" { & $Py installer\build_frozen.py --dist dist --work build\pyinstaller }
Invoke-Checked "frozen self-test" { & dist\bm-desktop\bm-desktop-cli.exe self-test }

# 4. The installer.
$Version = (& $Py -c "from importlib.metadata import version; print(version('bm-desktop'))").Trim()
$Iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $Iscc) { $Iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe" }
Invoke-Checked "Inno Setup" { & $Iscc "/DAppVersion=$Version" "/DDistDir=..\dist\bm-desktop" installer\bm-desktop.iss }
$Setup = Join-Path $Root "dist\bm-desktop-$Version-setup.exe"
Write-Host "Built $Setup"

if ($SmokeTest) {
    # 5. Install per user (no administrator), self-test the installed copy, uninstall, and
    #    check the database the app created in the user data directory survived.
    $App = Join-Path $env:LOCALAPPDATA "Programs\BM Desktop"
    $Db = Join-Path $env:LOCALAPPDATA "BM Programme\bm-desktop\programme.sqlite"
    $p = Start-Process $Setup -ArgumentList "/VERYSILENT", "/SUPPRESSMSGBOXES", "/CURRENTUSER", "/NORESTART" -Wait -PassThru
    if ($p.ExitCode -ne 0) { throw "setup failed (exit $($p.ExitCode))" }
    Invoke-Checked "installed sample" { & "$App\bm-desktop-cli.exe" sample }
    Invoke-Checked "installed self-test" { & "$App\bm-desktop-cli.exe" self-test }
    Invoke-Checked "installed version" { & "$App\bm-desktop-cli.exe" --version }
    # an upgrade in place: the same setup again over the installed copy
    $p = Start-Process $Setup -ArgumentList "/VERYSILENT", "/SUPPRESSMSGBOXES", "/CURRENTUSER", "/NORESTART" -Wait -PassThru
    if ($p.ExitCode -ne 0) { throw "upgrade in place failed (exit $($p.ExitCode))" }
    $p = Start-Process "$App\unins000.exe" -ArgumentList "/VERYSILENT", "/SUPPRESSMSGBOXES" -Wait -PassThru
    if ($p.ExitCode -ne 0) { throw "uninstall failed (exit $($p.ExitCode))" }
    if (Test-Path "$App\bm-desktop.exe") { throw "the uninstaller left the program" }
    if (-not (Test-Path $Db)) { throw "the uninstaller removed the user's database $Db" }
    Write-Host "Smoke test passed: installed, self-tested, upgraded, uninstalled; database kept."
}
