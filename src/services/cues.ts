/**
 * Sound and speech for the player: short synthesized tones (Web Audio, nothing downloaded) and
 * the system voice. Browser APIs only; the player store decides when to call these.
 */
import type { CueSettings } from '../lib/settings/types';

let audio: AudioContext | null = null;

/** Call from a user gesture (the Start button), so the browser lets the context play. */
export function primeAudio(): void {
  if (typeof AudioContext === 'undefined') return;
  audio ??= new AudioContext();
  if (audio.state === 'suspended') void audio.resume();
}

function tone(frequency: number, startIn: number, durationSec: number, volume: number): void {
  if (!audio) return;
  const osc = audio.createOscillator();
  const gain = audio.createGain();
  osc.type = 'sine';
  osc.frequency.value = frequency;
  const t0 = audio.currentTime + startIn;
  // A soft attack and release: no clicks.
  gain.gain.setValueAtTime(0, t0);
  gain.gain.linearRampToValueAtTime(volume, t0 + 0.015);
  gain.gain.exponentialRampToValueAtTime(0.0001, t0 + durationSec);
  osc.connect(gain).connect(audio.destination);
  osc.start(t0);
  osc.stop(t0 + durationSec + 0.02);
}

/** One short beep for each of the last three seconds. */
export function playCountdownTone(cues: CueSettings, muted: boolean): void {
  if (muted || !cues.tones) return;
  tone(660, 0, 0.12, cues.toneVolume * 0.6);
}

/** A rising two-note chime at each change, clearly unlike the countdown beep. */
export function playChangeTone(cues: CueSettings, muted: boolean): void {
  if (muted || !cues.tones) return;
  tone(784, 0, 0.18, cues.toneVolume * 0.7);
  tone(1175, 0.16, 0.32, cues.toneVolume * 0.7);
}

export function speak(text: string, cues: CueSettings, muted: boolean): void {
  if (muted || !cues.voice || typeof speechSynthesis === 'undefined') return;
  speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.volume = cues.voiceVolume;
  utterance.rate = 0.95;
  speechSynthesis.speak(utterance);
}

export function silence(): void {
  if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
}
