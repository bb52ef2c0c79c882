import type { APIRoute, GetStaticPaths } from 'astro';
import { dataFileBody } from '../../build/open-data';
import { getArchive } from '../../build/content';
import { DATA_FORMATS, dataFiles, type DataFile } from '../../model/open-data';

/** One file per year of articles (CSV and JSON Lines), the leaders and countries, and their JSON Schemas. */
export const getStaticPaths = (async () => {
  const archive = await getArchive();
  return dataFiles(archive.years.map((y) => y.year)).map((file) => ({
    params: { file: file.file },
    props: { file },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: DataFile }> = async ({ props, site, url }) => {
  const body = await dataFileBody(props.file, site ?? url.origin);
  return new Response(body, { headers: { 'Content-Type': DATA_FORMATS[props.file.format].mediaType } });
};
