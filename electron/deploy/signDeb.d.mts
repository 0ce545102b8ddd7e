/** Types of the electron-builder hook in signDeb.mjs (plain JavaScript, loaded by electron-builder). */
export interface SignDebDeps {
  env?: Record<string, string | undefined>;
  run?: (args: string[]) => Promise<void>;
  warn?: (message: string) => void;
}

export function afterAllArtifactBuild(buildResult: { artifactPaths: string[] }, deps?: SignDebDeps): Promise<string[]>;
export default afterAllArtifactBuild;
