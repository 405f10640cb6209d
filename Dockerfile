# The park-graph API, built from this project; docker-compose.yml runs it against Neo4j (KG_STORE=neo4j).
# `npm start` serves GraphQL on PORT and, when the store holds no report yet, first ingests seeds/.
FROM node:20-bookworm-slim

WORKDIR /app
# One layer for sources and dependencies: `npm install` runs the project's `prepare` script (tsc builds dist/),
# which needs the sources. .dockerignore keeps node_modules, data and secrets out.
COPY . .
RUN npm install --no-audit --no-fund && npm cache clean --force

# (No NODE_ENV=production: Apollo Server would then turn off introspection, which the IDE needs.)
ENV KG_STORE=neo4j \
    HOST=0.0.0.0 \
    PORT=4000
EXPOSE 4000
CMD ["npm", "start"]
