import type { Component } from 'svelte';

/** Props every scene component receives: what to draw, and how far the reader is through the step. */
export interface SceneProps<Drawn> {
  /** The output of the scene's `stateFor` for the active step. */
  state: Drawn;
  /** 0..1 through the active step; most scenes ignore it. */
  progress: number;
}

/**
 * One entry of the scene registry. A scene is a pure function from prepared data and a named step state
 * to what is drawn, plus a component that only draws. Story, embed, image and classroom pages read this.
 */
export interface SceneDefinition<Data = any, Drawn = any> {
  /** Public, stable id used in embed URLs (`/embed/<id>/`) and in `data-scene`. */
  id: string;
  title: string;
  description: string;
  /** Source ids (src/stories/sources.json) for the scene's data, shown in its attribution line. */
  sources: readonly string[];
  /** The named states a story step may ask for: a short label (controls, embeds) and the text alternative. */
  states: Readonly<Record<string, { label: string; alt: string }>>;
  /** Pure and cheap: runs on the server for the static SVG and in the browser when a step activates. */
  stateFor: (data: Data, state: string, progress: number) => Drawn;
  component: Component<SceneProps<Drawn>>;
  /** The public/data files the scene is drawn from, offered as downloads with their licence (TopoJSON as GeoJSON). */
  data?: readonly string[];
  /** True when what is drawn depends on progress within a step; others are not re-run while scrolling. */
  usesProgress?: boolean;
  /**
   * Drawn on the server at every state a page shows; the browser only switches between the drawings
   * (no data request, no JavaScript for the scene). For scenes whose states differ only in emphasis.
   */
  serverOnly?: boolean;
  /**
   * The state the server-drawn figure shows before the live scene takes over, and all a reader without
   * JavaScript sees (their step texts and text alternatives carry the rest): the scene's fullest picture.
   * Defaults to the state of the first step that shows the scene.
   */
  staticState?: string;
}
