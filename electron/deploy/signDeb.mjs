// electron-builder afterAllArtifactBuild hook (electron-builder.yml): signs each .deb with a
// detached, ASCII-armoured GPG signature (<file>.deb.asc). electron-builder cannot sign Debian
// packages itself; apt verifies packages through the signed repository the municipality
// publishes them in, and the .asc lets IT verify a downloaded .deb before importing it
// (`gpg --verify open-loket_X_amd64.deb.asc open-loket_X_amd64.deb`).
//
// The key is named by LOKET_DEB_SIGNING_KEY (a key id or fingerprint in the release machine's
// GPG keyring; the secret key never enters the repository). With LOKET_RELEASE=1 a missing key
// fails the build, so an unsigned .deb cannot be released by accident.
import { execFile } from 'node:child_process';

/** @returns {Promise<void>} */
function runGpg(args) {
  return new Promise((resolve, reject) => {
    execFile('gpg', args, { windowsHide: true }, (error, _stdout, stderr) => {
      if (error) reject(new Error(`gpg failed: ${stderr || error.message}`));
      else resolve();
    });
  });
}

/**
 * @param {{ artifactPaths: string[] }} buildResult
 * @param {{ env?: Record<string, string | undefined>, run?: (args: string[]) => Promise<void>, warn?: (message: string) => void }} [deps]
 * @returns {Promise<string[]>} the signature files, which electron-builder publishes with the packages
 */
export async function afterAllArtifactBuild(buildResult, deps = {}) {
  const env = deps.env ?? process.env;
  const run = deps.run ?? runGpg;
  const warn = deps.warn ?? ((message) => console.warn(message));
  const debs = buildResult.artifactPaths.filter((path) => path.endsWith('.deb'));
  if (debs.length === 0) return [];
  const key = env.LOKET_DEB_SIGNING_KEY?.trim();
  if (!key) {
    if (env.LOKET_RELEASE === '1') throw new Error('LOKET_DEB_SIGNING_KEY is not set: a release .deb must be signed');
    warn('open-loket: .deb left unsigned (set LOKET_DEB_SIGNING_KEY to sign it)');
    return [];
  }
  if (!/^[0-9A-Fa-f]{8,40}$|^[^\s@]+@[^\s@]+$/.test(key)) {
    throw new Error('LOKET_DEB_SIGNING_KEY must be a key id, fingerprint or e-mail address');
  }
  const signatures = [];
  for (const deb of debs) {
    const signature = `${deb}.asc`;
    await run(['--batch', '--yes', '--local-user', key, '--armor', '--detach-sign', '--output', signature, deb]);
    signatures.push(signature);
  }
  return signatures;
}

export default afterAllArtifactBuild;
