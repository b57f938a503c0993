package de.serviceportal.modules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Finds the files of all light modules: in the light-modules folder and under {@code light-modules/} in jars. */
final class ModuleScanner {

    static final String CLASSPATH_FOLDER = "light-modules/";
    private static final Logger LOG = LoggerFactory.getLogger(ModuleScanner.class);

    private ModuleScanner() {
    }

    static List<ModuleResource> fileSystem(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<ModuleResource> resources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile).forEach(file -> {
                Path relative = root.relativize(file);
                if (relative.getNameCount() < 2 || isIgnored(relative)) {
                    return;
                }
                String module = relative.getName(0).toString();
                String path = relative.subpath(1, relative.getNameCount()).toString().replace('\\', '/');
                resources.add(new ModuleResource(module, path, ModuleResource.Origin.FILE_SYSTEM, new FileLocation(file)));
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            // A file deleted while walking: the next change event triggers another scan.
            LOG.debug("Light-module scan interrupted: {}", e.getMessage());
        }
        return resources;
    }

    /** Editor swap and backup files and hidden folders are not part of a module. */
    static boolean isIgnored(Path relative) {
        for (Path name : relative) {
            String part = name.toString();
            if (part.startsWith(".") || part.endsWith("~") || part.endsWith(".swp") || part.endsWith(".tmp")) {
                return true;
            }
        }
        return false;
    }

    static List<ModuleResource> classpath(ClassLoader classLoader) {
        List<ModuleResource> resources = new ArrayList<>();
        try {
            Resource[] found = new PathMatchingResourcePatternResolver(classLoader)
                    .getResources("classpath*:" + CLASSPATH_FOLDER + "**/*.*");
            for (Resource resource : found) {
                String url = resource.getURL().toString();
                int at = url.lastIndexOf(CLASSPATH_FOLDER);
                if (at < 0 || url.endsWith("/")) {
                    continue;
                }
                String relative = url.substring(at + CLASSPATH_FOLDER.length());
                int slash = relative.indexOf('/');
                if (slash <= 0 || isIgnored(Path.of(relative))) {
                    continue;
                }
                resources.add(new ModuleResource(relative.substring(0, slash), relative.substring(slash + 1),
                        ModuleResource.Origin.CLASSPATH, new ClasspathLocation(resource, url)));
            }
        } catch (IOException e) {
            LOG.error("Cannot scan the classpath for light modules", e);
        }
        return resources;
    }

    private record FileLocation(Path file) implements ModuleResource.Location {
        @Override
        public InputStream open() throws IOException {
            return Files.newInputStream(file);
        }

        @Override
        public String version() {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                return attributes.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS) + ":" + attributes.size() + ":" + attributes.fileKey();
            } catch (NoSuchFileException e) {
                return "deleted";
            } catch (IOException e) {
                return "unreadable";
            }
        }

        @Override
        public String describe() {
            return file.toString();
        }
    }

    private record ClasspathLocation(Resource resource, String url) implements ModuleResource.Location {
        @Override
        public InputStream open() throws IOException {
            return resource.getInputStream();
        }

        @Override
        public String version() {
            return "classpath";
        }

        @Override
        public String describe() {
            return url;
        }
    }
}
