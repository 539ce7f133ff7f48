package org.warnews.editorial;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.CRC32;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Where the editorial files are. Each location (a folder on the class path or on disk, such as
 * {@code classpath:db/sources/}) holds {@code actors.yaml} and {@code topics.yaml}, either of which may be left out,
 * and one folder per source, {@code <slug>/source.yaml} with its verbatim {@code <slug>/text.txt}.
 */
final class EditorialFiles {

	/** One file and how problems name it. */
	record File(String name, Resource resource) {

		byte[] bytes() {
			try {
				return this.resource.getContentAsByteArray();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read " + this.name, ex);
			}
		}

		String text() {
			return new String(bytes(), StandardCharsets.UTF_8);
		}

	}

	/** A source folder: its slug is the folder's name. */
	record SourceFolder(String slug, File annotation, File text) {
	}

	private final List<File> actors = new ArrayList<>();

	private final List<File> topics = new ArrayList<>();

	private final List<SourceFolder> sources = new ArrayList<>();

	private EditorialFiles() {
	}

	static EditorialFiles in(List<String> locations) {
		ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		EditorialFiles files = new EditorialFiles();
		try {
			for (String location : locations) {
				String root = location.endsWith("/") ? location : location + "/";
				String label = root.replaceFirst("^(classpath\\*?|file):", "");
				files.shared(resolver.getResource(root + "actors.yaml"), label + "actors.yaml", files.actors);
				files.shared(resolver.getResource(root + "topics.yaml"), label + "topics.yaml", files.topics);
				for (Resource annotation : resolver.getResources(root + "*/source.yaml")) {
					String url = annotation.getURL().toString();
					String folder = url.substring(0, url.length() - "/source.yaml".length());
					String slug = folder.substring(folder.lastIndexOf('/') + 1);
					files.sources.add(new SourceFolder(slug, new File(label + slug + "/source.yaml", annotation),
							new File(label + slug + "/text.txt", annotation.createRelative("text.txt"))));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the editorial files in " + locations, ex);
		}
		files.sources.sort(Comparator.comparing(SourceFolder::slug).thenComparing(s -> s.annotation().name()));
		return files;
	}

	private void shared(Resource resource, String name, List<File> into) {
		if (resource.exists()) {
			into.add(new File(name, resource));
		}
	}

	List<File> actors() {
		return this.actors;
	}

	List<File> topics() {
		return this.topics;
	}

	List<SourceFolder> sources() {
		return this.sources;
	}

	/** A checksum of every file's name and bytes: when it changes, the files are loaded again. */
	int checksum() {
		CRC32 crc = new CRC32();
		List<File> all = new ArrayList<>(this.actors);
		all.addAll(this.topics);
		for (SourceFolder source : this.sources) {
			all.add(source.annotation());
			if (source.text().resource().exists()) {
				all.add(source.text());
			}
		}
		for (File file : all) {
			crc.update(file.name().getBytes(StandardCharsets.UTF_8));
			crc.update(file.bytes());
		}
		return (int) crc.getValue();
	}

}
