import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './apis.ts';

/**
 * Collects generated files in memory, then either writes them (removing generated files that are no longer
 * produced) or compares them with what is on disk and reports every stale file.
 */
export class Output {
  private readonly files = new Map<string, string>();
  private readonly ownedDirs = new Set<string>();

  /** Declares a directory whose whole content is generated. */
  own(dir: string): void {
    this.ownedDirs.add(dir);
  }

  add(file: string, content: string): void {
    if (this.files.has(file)) throw new Error(`Generated twice: ${file}`);
    this.files.set(file, content.endsWith('\n') ? content : `${content}\n`);
  }

  private existing(): string[] {
    const found: string[] = [];
    for (const dir of this.ownedDirs) {
      const abs = path.join(repoRoot, dir);
      if (!fs.existsSync(abs)) continue;
      for (const entry of fs.readdirSync(abs, { recursive: true, withFileTypes: true })) {
        if (entry.isFile()) found.push(path.relative(repoRoot, path.join(entry.parentPath, entry.name)));
      }
    }
    return found;
  }

  /** Returns the list of problems; empty when everything on disk is current. */
  check(): string[] {
    const problems: string[] = [];
    for (const [file, content] of this.files) {
      const abs = path.join(repoRoot, file);
      if (!fs.existsSync(abs)) problems.push(`missing: ${file}`);
      else if (fs.readFileSync(abs, 'utf8') !== content) problems.push(`stale: ${file}`);
    }
    for (const file of this.existing()) if (!this.files.has(file)) problems.push(`not generated any more: ${file}`);
    return problems;
  }

  write(): { written: string[]; removed: string[] } {
    const written: string[] = [];
    const removed: string[] = [];
    for (const [file, content] of this.files) {
      const abs = path.join(repoRoot, file);
      if (fs.existsSync(abs) && fs.readFileSync(abs, 'utf8') === content) continue;
      fs.mkdirSync(path.dirname(abs), { recursive: true });
      fs.writeFileSync(abs, content);
      written.push(file);
    }
    for (const file of this.existing()) {
      if (!this.files.has(file)) {
        fs.rmSync(path.join(repoRoot, file));
        removed.push(file);
      }
    }
    return { written, removed };
  }
}
